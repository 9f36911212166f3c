import {
  DEFAULT_SETTINGS,
  parseSettings,
  serializeSettings,
  type Settings,
  type SettingsError,
} from "@zsyz/indicators";
import type { ExcelHost } from "./host.js";

/** Document setting holding the add-in's settings JSON, saved with the workbook for everyone who opens it. */
export const SETTINGS_KEY = "zsyz.settings";

/** The workbook's settings; defaults when it has none; the defaults plus the errors when they cannot be read. */
export async function readWorkbookSettings(
  host: ExcelHost,
): Promise<{ settings: Settings; errors: SettingsError[] }> {
  return host.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load(["value"]);
    await context.sync();
    if (item.isNullObject || typeof item.value !== "string")
      return { settings: DEFAULT_SETTINGS, errors: [] };
    const parsed = parseSettings(item.value);
    return parsed.ok
      ? { settings: parsed.settings, errors: [] }
      : { settings: DEFAULT_SETTINGS, errors: parsed.errors };
  });
}

/** Saves the settings into the workbook (one sync). */
export async function writeWorkbookSettings(host: ExcelHost, settings: Settings): Promise<void> {
  await host.run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, serializeSettings(settings));
    await context.sync();
  });
}

/** Writes text into the top-left cell of the selection, as text (format "@" first); returns its address. */
export async function insertTextAtSelection(host: ExcelHost, text: string): Promise<string> {
  return host.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.numberFormat = [["@"]];
    cell.values = [[text]];
    cell.load(["address"]);
    await context.sync();
    return cell.address;
  });
}
