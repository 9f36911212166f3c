import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { IsoDate } from "@zsyz/ledger";
import { memo } from "react";
import type { ChosenFile } from "../collectFiles.js";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
  target: { minWidth: "18em", flexGrow: 1 },
});

/** The value of the target select: AUTO, NONE, or a file's name. */
export type TargetValue = string;
/** Select value: find the 任务分解表 by its headers (no file name can contain U+0000). */
export const AUTO = "\u0000auto";
/** Select value: no 任务分解表. */
export const NONE = "\u0000none";

/** 任务分解表 (found by its headers, none, or one of the files) and 截至日期. */
export const RunOptions = memo(function RunOptions(props: {
  files: readonly ChosenFile[];
  target: TargetValue;
  asOf: IsoDate;
  disabled: boolean;
  onTarget: (value: TargetValue) => void;
  onAsOf: (value: IsoDate) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field
        label="任务分解表"
        hint="用于计算完成率和排名；自动识别会按表头（单位、年度签约资金任务等）在所选文件中查找"
        className={styles.target}
      >
        <Select
          value={props.target}
          disabled={props.disabled}
          data-testid="target-select"
          onChange={(_, d) => props.onTarget(d.value)}
        >
          <option value={AUTO}>自动识别（按表头）</option>
          <option value={NONE}>不使用任务分解表</option>
          {props.files
            .filter((f) => f.kind !== "other")
            .map((f) => (
              <option key={f.name} value={f.name}>
                {f.name}
              </option>
            ))}
        </Select>
      </Field>
      <Field label="截至日期" hint="默认上月最后一天，与命令行工具和 Excel 加载项相同">
        <Input
          type="date"
          value={props.asOf}
          disabled={props.disabled}
          data-testid="as-of"
          onChange={(_, d) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) props.onAsOf(d.value as IsoDate);
          }}
        />
      </Field>
    </div>
  );
});
