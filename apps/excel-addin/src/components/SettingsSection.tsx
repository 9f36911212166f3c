import type { Settings, SettingsError } from "@zsyz/indicators";
import { SettingsEditor } from "@zsyz/settings-ui";
import { type OneClickRules, ruleSheetNotice } from "../ruleSheetNotice.js";

/**
 * The pane's 设置: the shared editor (@zsyz/settings-ui) over the settings kept in the workbook.
 * Above a form a rule sheet of the workbook replaces, the editor says what the last 一键计算 did
 * with that sheet (took it, or did without it), or before one what a run will do (ruleSheetNotice).
 */
export function SettingsSection(props: {
  settings: Settings;
  loadErrors: SettingsError[];
  saved: boolean;
  disabled: boolean;
  onSave: (s: Settings) => void;
  /** The workbook's sheet names, to tell which rule sheets it has. */
  sheets?: readonly string[];
  /** What the last 一键计算 of this workbook did with its rule sheets; null before one. */
  lastRun: OneClickRules | null;
}) {
  return (
    <SettingsEditor
      settings={props.settings}
      loadErrors={props.loadErrors}
      disabled={props.disabled}
      onSave={props.onSave}
      storageHint="保存在本工作簿中，打开这个工作簿的同事使用同一套设置。"
      savedNotice={props.saved ? "设置已保存到本工作簿。" : null}
      sheetNotice={(sheet) => ruleSheetNotice(sheet, props.sheets ?? [], props.lastRun)}
    />
  );
}
