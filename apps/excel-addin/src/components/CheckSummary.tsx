import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SeverityCounts } from "@zsyz/ledger";

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Counts by severity and the mark/clear buttons, or a clear all-good message. */
export function CheckSummary(props: {
  sheet: string;
  asOf: string;
  projects: number;
  counts: SeverityCounts;
  disabled: boolean;
  markStatus: string | null;
  onMark: () => void;
  onClear: () => void;
}) {
  const styles = useStyles();
  const total = props.counts.error + props.counts.warning;
  return (
    <div className={styles.summary} data-testid="check-summary">
      <Text size={200} className={styles.hint}>
        工作表「{props.sheet}」· 截至 {props.asOf} · 共 {props.projects} 个项目
      </Text>
      {total === 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>未发现问题</MessageBarTitle>
            台账格式和数据检查全部通过，可以报送。
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={styles.counts} role="status">
            <Badge appearance="filled" color="danger">
              错误 {props.counts.error}
            </Badge>
            <Badge appearance="filled" color="warning">
              警告 {props.counts.warning}
            </Badge>
            <Text size={200}>共 {total} 个问题</Text>
          </div>
          <div className={styles.actions}>
            <Button size="small" disabled={props.disabled} onClick={props.onMark}>
              标记问题单元格
            </Button>
            <Button size="small" disabled={props.disabled} onClick={props.onClear}>
              清除标记
            </Button>
          </div>
        </>
      )}
      {props.markStatus && (
        <Text size={200} role="status">
          {props.markStatus}
        </Text>
      )}
    </div>
  );
}
