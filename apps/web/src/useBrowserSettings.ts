import type { Settings, SettingsError } from "@zsyz/indicators";
import { useCallback, useState } from "react";
import { loadSettings, openBrowserStorage, saveSettings } from "./settingsStore.js";

/** How the last 保存设置 went: kept in the browser, kept for this visit only, or not yet. */
export type SaveOutcome = "kept" | "session" | null;

/**
 * The page's settings: read from the browser once when the page opens, used by every run,
 * replaced on 保存设置. Where the browser keeps nothing they last until the page is closed.
 */
export function useBrowserSettings() {
  const [storage] = useState(() => openBrowserStorage(globalThis));
  const [initial] = useState(() => loadSettings(storage));
  const [settings, setSettings] = useState<Settings>(initial.settings);
  const [loadErrors, setLoadErrors] = useState<SettingsError[]>(initial.errors);
  const [persistent, setPersistent] = useState(initial.persistent);
  const [saved, setSaved] = useState<SaveOutcome>(null);
  const save = useCallback(
    (next: Settings) => {
      const kept = saveSettings(storage, next);
      setSettings(next);
      setLoadErrors([]);
      if (!kept) setPersistent(false);
      setSaved(kept ? "kept" : "session");
    },
    [storage],
  );
  return { settings, loadErrors, persistent, saved, save };
}
