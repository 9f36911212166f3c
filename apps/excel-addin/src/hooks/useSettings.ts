import { DEFAULT_SETTINGS, type Settings, type SettingsError } from "@zsyz/indicators";
import { useCallback, useEffect, useState } from "react";
import type { PaneContext } from "./PaneContext.js";

/** The workbook's shared settings: read at start (when the pane can use Excel at all), saved on request. */
export function useSettings({ host, capabilities, task }: PaneContext) {
  const enabled = capabilities.base;
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loadErrors, setLoadErrors] = useState<SettingsError[]>([]);
  const [saved, setSaved] = useState(false);
  const { run } = task;
  useEffect(() => {
    if (!enabled) return;
    void run("正在读取设置…", () => host.readSettings()).then((read) => {
      if (!read) return;
      setSettings(read.settings);
      setLoadErrors(read.errors);
    });
  }, [host, run, enabled]);
  const save = useCallback(
    async (next: Settings) => {
      setSaved(false);
      const done = await run("正在保存设置…", async () => {
        await host.writeSettings(next);
        return true;
      });
      if (!done) return;
      setSettings(next);
      setLoadErrors([]);
      setSaved(true);
    },
    [host, run],
  );
  return { settings, loadErrors, saved, save };
}
