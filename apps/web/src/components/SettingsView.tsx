import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { RULE_PART_SHEETS, type RuleSheetPart } from "@zsyz/county";
import type { Settings, SettingsError } from "@zsyz/indicators";
import { SettingsEditor } from "@zsyz/settings-ui";
import type { SaveOutcome } from "../useBrowserSettings.js";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The rule sheets of the last run's target workbook that won over 设置's forms. */
export interface LastRunRules {
  targetsFile: string;
  ruleSheets: readonly RuleSheetPart[];
}

/**
 * The page's 设置: the pane's own editor (@zsyz/settings-ui) over settings kept in this
 * browser, or for this visit only where the browser keeps nothing (said at the top).
 */
export function SettingsView(props: {
  settings: Settings;
  loadErrors: readonly SettingsError[];
  persistent: boolean;
  saved: SaveOutcome;
  onSave: (settings: Settings) => void;
  onExportFile: (text: string) => void;
  /** The last run's rule sheets, or null before a run (or without a target table). */
  lastRun: LastRunRules | null;
}) {
  const styles = useStyles();
  const { lastRun } = props;
  return (
    <div className={styles.box} data-testid="settings-view">
      {!props.persistent && (
        <MessageBar intent="warning" data-testid="settings-not-kept">
          <MessageBarBody>
            这个浏览器不允许本页面保存数据：设置只在本页面关闭前有效。请点「导出」把设置保存为文件，下次打开本页面后「导入」。
          </MessageBarBody>
        </MessageBar>
      )}
      <SettingsEditor
        settings={props.settings}
        loadErrors={props.loadErrors}
        disabled={false}
        onSave={props.onSave}
        storageHint={
          props.persistent
            ? "保存在这台电脑的这个浏览器中，下次打开本页面仍然有效；换电脑或换浏览器时请用「导出」「导入」。任务分解表所在工作簿中有「考评办法」「达标要求」「统计口径」表时，以表为准。"
            : "任务分解表所在工作簿中有「考评办法」「达标要求」「统计口径」表时，以表为准。"
        }
        savedNotice={
          props.saved === "kept"
            ? "设置已保存到本浏览器，下次「开始检查」起生效。"
            : props.saved === "session"
              ? "设置已生效（下次「开始检查」起），但浏览器没有保存：关闭本页面后将恢复默认设置。"
              : null
        }
        sheetNotice={(sheet) => {
          const took = lastRun?.ruleSheets.find((r) => RULE_PART_SHEETS[r.part] === sheet);
          return took && lastRun
            ? `目标表所在工作簿的「${took.sheet}」表优先：上次检查所用的「${lastRun.targetsFile}」中有该表，按该表计算，这里的设置仅在没有该表时使用。要修改请直接编辑该表。`
            : null;
        }}
        onExportFile={props.onExportFile}
      />
    </div>
  );
}
