import { Button, Label, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { WorkbookInfo } from "../office/workbookInfo.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  grow: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

const ACTIVE = "";

/** 「校验台账」: pick the sheet (the active one by default) and run the check. */
export function CheckSection(props: {
  info: WorkbookInfo | null;
  disabled: boolean;
  onRefresh: () => void;
  onCheck: (sheet: string | undefined) => void;
}) {
  const styles = useStyles();
  const selectId = useId();
  const [choice, setChoice] = useState(ACTIVE);
  const sheets = props.info?.sheets ?? [];
  return (
    <section className={styles.section} aria-labelledby="check-title">
      <Text id="check-title" weight="semibold" size={400}>
        校验台账
      </Text>
      <Text size={200} className={styles.hint}>
        检查必填项、金额和日期格式、单位混用、审计风险、合计行等，并列出每个问题所在的单元格。
      </Text>
      <div className={styles.row}>
        <div className={styles.grow}>
          <Label htmlFor={selectId} size="small">
            工作表
          </Label>
          <Select
            id={selectId}
            value={choice}
            onChange={(_, d) => setChoice(d.value)}
            disabled={props.disabled}
          >
            <option value={ACTIVE}>当前工作表{props.info ? `（${props.info.active}）` : ""}</option>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </div>
        <Button onClick={props.onRefresh} disabled={props.disabled}>
          刷新
        </Button>
      </div>
      <Button
        appearance="primary"
        disabled={props.disabled}
        onClick={() => props.onCheck(choice === ACTIVE ? undefined : choice)}
      >
        校验台账
      </Button>
    </section>
  );
}
