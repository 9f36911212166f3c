import {
  DEFAULT_SETTINGS,
  parseSettings,
  serializeSettings,
  type Settings,
  type SettingsError,
} from "@zsyz/indicators";

/**
 * Where the page keeps its settings in the browser. Versioned with the settings JSON: a later
 * page that changes the shape reads this key and migrates (parseSettings), under a new one.
 */
export const SETTINGS_KEY = `zsyz.settings.v${DEFAULT_SETTINGS.version}`;

/** The part of the Web Storage API the page uses (localStorage; a Map in unit tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Settings as the page found them: what to use, why some could not be read, whether they last. */
export interface StoredSettings {
  settings: Settings;
  errors: SettingsError[];
  /** False when the browser keeps nothing for this page: settings last until it is closed. */
  persistent: boolean;
}

/**
 * The browser's localStorage, or null where the page may not use it: Chromium gives file://
 * pages one, but a browser that blocks site data (or Firefox for some file:// settings)
 * throws on access, and a storage that refuses a write is no better.
 */
export function openBrowserStorage(scope: { localStorage?: Storage }): KeyValueStorage | null {
  try {
    const storage = scope.localStorage;
    if (!storage) return null;
    // A probe, so "cannot keep settings" is said when the page opens, not after a save.
    const probe = `${SETTINGS_KEY}.probe`;
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/**
 * The kept settings, or the defaults: where the storage has none yet, where there is no
 * storage, or where what is kept cannot be read (the reasons come back to show).
 */
export function loadSettings(storage: KeyValueStorage | null): StoredSettings {
  if (!storage) return { settings: DEFAULT_SETTINGS, errors: [], persistent: false };
  let text: string | null;
  try {
    text = storage.getItem(SETTINGS_KEY);
  } catch {
    return { settings: DEFAULT_SETTINGS, errors: [], persistent: false };
  }
  if (text === null) return { settings: DEFAULT_SETTINGS, errors: [], persistent: true };
  const parsed = parseSettings(text);
  return parsed.ok
    ? { settings: parsed.settings, errors: [], persistent: true }
    : { settings: DEFAULT_SETTINGS, errors: parsed.errors, persistent: true };
}

/** Keeps the settings; false when the storage refused them (full, or withdrawn since opening). */
export function saveSettings(storage: KeyValueStorage | null, settings: Settings): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SETTINGS_KEY, serializeSettings(settings));
    return true;
  } catch {
    return false;
  }
}
