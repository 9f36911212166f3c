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

/**
 * 「生成报告」: one of the paragraphs 一键计算 drafted (the county's first, then 各单位完成情况,
 * 存在的问题 and each unit's), copied or inserted into the selected cell.
 */
export function ReportSection(props: {
  /** The paragraphs' subjects in order, or null before 一键计算. */
  subjects: string[] | null;
  subject: number;
  text: string | null;
  notice: string | null;
  /** The settings changed after 一键计算: the paragraphs still follow the old ones. */
  stale: boolean;
  disabled: boolean;
  onChoose: (index: number) => void;
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
      {props.subjects === null ? (
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
              value={String(props.subject)}
              disabled={props.disabled}
              onChange={(_, d) => props.onChoose(Number(d.value))}
            >
              {props.subjects.map((s, i) => (
                <option key={`${i}-${s}`} value={String(i)}>
                  {i === 0 ? `${s}（全县指标情况）` : s}
                </option>
              ))}
            </Select>
          </div>
          {props.stale && (
            <Text size={200} className={styles.hint} role="note">
              设置已在「一键计算」之后更改：这里的段落仍按计算时的设置生成，请再点一次「一键计算」。
            </Text>
          )}
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
