import { DEFAULT_SETTINGS, serializeSettings } from "@zsyz/indicators";
import { describe, expect, it } from "vitest";
import {
  type KeyValueStorage,
  loadSettings,
  openBrowserStorage,
  saveSettings,
  SETTINGS_KEY,
} from "./settingsStore.js";

const memory = (): KeyValueStorage & {
  items: Map<string, string>;
  removeItem(k: string): void;
} => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
};
const refusing: KeyValueStorage = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException("quota", "QuotaExceededError");
  },
};

describe("settingsStore", () => {
  it("keeps settings under a versioned key and reads them back", () => {
    const storage = memory();
    const settings = { ...DEFAULT_SETTINGS, countyName: "全区", sizeBands: [5000, 50000] };
    expect(saveSettings(storage, settings)).toBe(true);
    expect([...storage.items.keys()]).toEqual(["zsyz.settings.v1"]);
    expect(SETTINGS_KEY).toBe("zsyz.settings.v1");
    expect(loadSettings(storage)).toEqual({ settings, errors: [], persistent: true });
  });

  it("starts from the defaults when nothing is kept yet", () => {
    expect(loadSettings(memory())).toEqual({
      settings: DEFAULT_SETTINGS,
      errors: [],
      persistent: true,
    });
  });

  it("uses the defaults and says why when what is kept cannot be read", () => {
    const storage = memory();
    storage.setItem(SETTINGS_KEY, serializeSettings(DEFAULT_SETTINGS).replace('"全县"', "全县"));
    const read = loadSettings(storage);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.errors.map((e) => e.message)).toEqual([
      "设置内容已损坏，无法读取（不是有效的 JSON）。可恢复默认设置后重新填写。",
    ]);
  });

  it("has no storage where the browser refuses access, and keeps nothing then", () => {
    const blocked = {
      get localStorage(): Storage {
        throw new DOMException("denied", "SecurityError");
      },
    };
    expect(openBrowserStorage(blocked)).toBeNull();
    expect(openBrowserStorage({})).toBeNull();
    expect(loadSettings(null)).toEqual({
      settings: DEFAULT_SETTINGS,
      errors: [],
      persistent: false,
    });
    expect(saveSettings(null, DEFAULT_SETTINGS)).toBe(false);
  });

  it("reports a storage that refuses a write, so the page can say settings last this visit only", () => {
    expect(saveSettings(refusing, DEFAULT_SETTINGS)).toBe(false);
  });
});
