import { Button, Label, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  preview: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: "pre-wrap",
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** 「生成报告」: county or unit, the paragraph as the indicator package words it, copy or insert. */
export function ReportSection(props: {
  units: string[] | null;
  subject: string;
  text: string | null;
  notice: string | null;
  disabled: boolean;
  onChoose: (unit: string) => void;
  onGenerate: () => void;
  onCopy: () => void;
  onInsert: () => void;
}) {
  const styles = useStyles();
  const selectId = useId();
  return (
    <section className={styles.section} aria-labelledby="report-title">
      <Text id="report-title" weight="semibold" size={400}>
        生成报告
      </Text>
      {props.units === null ? (
        <Text size={200} className={styles.hint}>
          先点「一键计算」，再在这里生成工作报告中的指标段落。
        </Text>
      ) : (
        <>
          <div className={styles.field}>
            <Label htmlFor={selectId} size="small">
              报告对象
            </Label>
            <Select
              id={selectId}
              value={props.subject}
              disabled={props.disabled}
              onChange={(_, d) => props.onChoose(d.value)}
            >
              <option value="">全县</option>
              {props.units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </Select>
          </div>
          <Button appearance="primary" disabled={props.disabled} onClick={props.onGenerate}>
            生成报告
          </Button>
          {props.text && (
            <Text as="p" size={300} className={styles.preview} data-testid="report-text">
              {props.text}
            </Text>
          )}
          <div className={styles.row}>
            <Button disabled={props.disabled || !props.text} onClick={props.onCopy}>
              复制
            </Button>
            <Button disabled={props.disabled || !props.text} onClick={props.onInsert}>
              插入到当前单元格
            </Button>
          </div>
          {props.notice && (
            <Text size={200} role="status">
              {props.notice}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
