import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  report: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: "pre-wrap",
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** 「自检」: tries what the pane uses in this Excel and shows a report to copy into a problem report. */
export function SelfCheckSection(props: {
  report: string | null;
  notice: string | null;
  disabled: boolean;
  onCheck: () => void;
  onCopy: () => void;
}) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="selfcheck-title">
      <Text id="selfcheck-title" weight="semibold" size={400}>
        自检
      </Text>
      <Text size={200} className={styles.hint}>
        在一张临时工作表上逐项试用本加载项用到的 Excel
        功能，完成后删除它。反映问题时请附上自检报告。
      </Text>
      <div className={styles.row}>
        <Button appearance="secondary" disabled={props.disabled} onClick={props.onCheck}>
          自检
        </Button>
        {props.report !== null && (
          <Button appearance="subtle" disabled={props.disabled} onClick={props.onCopy}>
            复制报告
          </Button>
        )}
      </div>
      {props.report !== null && (
        <pre className={styles.report} data-testid="selfcheck-report">
          {props.report}
        </pre>
      )}
      {props.notice && <Text size={200}>{props.notice}</Text>}
    </section>
  );
}
