import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { IsoDate } from "@zsyz/ledger";
import { memo, useRef } from "react";
import type { ChosenFile } from "../collectFiles.js";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
  target: { minWidth: "18em", flexGrow: 1 },
  previous: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

/** The value of the target select: AUTO, NONE, or a file's name. */
export type TargetValue = string;
/** Select value: find the 任务分解表 by its headers (no file name can contain U+0000). */
export const AUTO = "\u0000auto";
/** Select value: no 任务分解表. */
export const NONE = "\u0000none";

/** 任务分解表 (found by its headers, none, or one of the files), 截至日期 and 上期汇总. */
export const RunOptions = memo(function RunOptions(props: {
  files: readonly ChosenFile[];
  target: TargetValue;
  asOf: IsoDate;
  disabled: boolean;
  onTarget: (value: TargetValue) => void;
  onAsOf: (value: IsoDate) => void;
  /** The chosen 上期汇总.json (a JSON summary of an earlier run), or null. */
  previous: File | null;
  onPrevious: (file: File | null) => void;
}) {
  const styles = useStyles();
  const previousInput = useRef<HTMLInputElement>(null);
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
      <Field
        label="上期汇总（可选）"
        hint="上一期合并时下载的 汇总.json；选择后报告和指标汇总会写出较上期的变化和排名升降"
      >
        <div className={styles.previous}>
          <input
            ref={previousInput}
            type="file"
            accept=".json,application/json"
            className={styles.hidden}
            data-testid="previous-input"
            onChange={(e) => {
              props.onPrevious(e.currentTarget.files?.[0] ?? null);
              e.currentTarget.value = "";
            }}
          />
          <Button disabled={props.disabled} onClick={() => previousInput.current?.click()}>
            选择上期汇总…
          </Button>
          {props.previous ? (
            <>
              <Text data-testid="previous-name">{props.previous.name}</Text>
              <Button
                appearance="subtle"
                disabled={props.disabled}
                onClick={() => props.onPrevious(null)}
              >
                清除
              </Button>
            </>
          ) : (
            <Text>未选择（不做上期比较）</Text>
          )}
        </div>
      </Field>
    </div>
  );
});
