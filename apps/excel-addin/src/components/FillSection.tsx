import {
  Button,
  Checkbox,
  Label,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { FillState } from "../hooks/fillState.js";
import type { WorkbookInfo } from "../office/workbookInfo.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  refused: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** 「填充完成率公式」 in the staff's own tracking table, what it filled, and 撤销. */
export function FillSection(props: {
  info: WorkbookInfo | null;
  disabled: boolean;
  state: FillState;
  onFill: (sheet: string, sumifs: boolean) => void;
  onUndo: () => void;
}) {
  const styles = useStyles();
  const selectId = useId();
  const [sheet, setSheet] = useState<string | null>(null);
  const [sumifs, setSumifs] = useState(false);
  const chosen = sheet ?? props.info?.active ?? "";
  const s = props.state;
  return (
    <section className={styles.section} aria-labelledby="fill-title">
      <Text id="fill-title" weight="semibold" size={400}>
        填充完成率公式
      </Text>
      <Text size={200} className={styles.hint}>
        在自己的任务完成情况表中，按表头找到各指标的“任务、完成、完成率”列，给每个完成率单元格填入
        =IFERROR(完成/任务,"") 并设为百分比。其他单元格不动。
      </Text>
      <div className={styles.field}>
        <Label htmlFor={selectId} size="small">
          工作表
        </Label>
        <Select
          id={selectId}
          value={chosen}
          disabled={props.disabled}
          onChange={(_, d) => setSheet(d.value)}
        >
          {(props.info?.sheets ?? []).map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </Select>
      </div>
      <Checkbox
        label="“完成”列也按「项目明细」用 SUMIFS 汇总（需先「一键计算」）"
        checked={sumifs}
        disabled={props.disabled}
        onChange={(_, d) => setSumifs(d.checked === true)}
      />
      <Button
        appearance="primary"
        disabled={props.disabled || chosen === ""}
        onClick={() => props.onFill(chosen, sumifs)}
      >
        填充完成率公式
      </Button>
      {s.refused && (
        <Text size={200} className={styles.refused} role="alert">
          {s.refused.message}
        </Text>
      )}
      {s.done?.undo && (
        <div role="status">
          <Text size={200}>已在「{s.done.sheet}」填充：</Text>
          <ul className={styles.list}>
            {s.done.lines.map((l) => (
              <li key={l}>
                <Text size={200}>{l}</Text>
              </li>
            ))}
          </ul>
          <Button size="small" disabled={props.disabled} onClick={props.onUndo}>
            撤销本次填充
          </Button>
        </div>
      )}
      {s.done && !s.done.undo && (
        <Text size={200} role="status">
          已撤销，单元格恢复为填充前的内容和格式。
        </Text>
      )}
    </section>
  );
}
