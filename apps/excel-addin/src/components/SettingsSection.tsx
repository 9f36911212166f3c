import type { Settings, SettingsError } from "@zsyz/indicators";
import { SettingsEditor } from "@zsyz/settings-ui";

/**
 * The pane's 设置: the shared editor (@zsyz/settings-ui) over the settings kept in the workbook.
 * When the workbook has a rule sheet (`sheets`), the editor says that sheet takes precedence.
 */
export function SettingsSection(props: {
  settings: Settings;
  loadErrors: SettingsError[];
  saved: boolean;
  disabled: boolean;
  onSave: (s: Settings) => void;
  /** The workbook's sheet names, to tell which rule sheets it has. */
  sheets?: readonly string[];
}) {
  return (
    <SettingsEditor
      settings={props.settings}
      loadErrors={props.loadErrors}
      disabled={props.disabled}
      onSave={props.onSave}
      storageHint="保存在本工作簿中，打开这个工作簿的同事使用同一套设置。"
      savedNotice={props.saved ? "设置已保存到本工作簿。" : null}
      sheetNotice={(sheet) =>
        props.sheets?.includes(sheet)
          ? `本工作簿的「${sheet}」表优先：一键计算和命令行都按该表计算，这里的设置仅在没有该表时使用。要修改请直接编辑该表。`
          : null
      }
    />
  );
}
