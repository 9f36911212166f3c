import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  checkSettingNumber,
  SETTING_LABELS,
  type IndicatorFormat,
  type IndicatorRequirement,
} from "@zsyz/indicators";
import { useState } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr) auto",
    gap: tokens.spacingHorizontalXS,
    alignItems: "start",
  },
  hint: { color: tokens.colorNeutralForeground3 },
  control: { minWidth: 0 },
});

/** An indicator a form offers: its key, Chinese name and display format. */
export interface IndicatorOption {
  key: string;
  name: string;
  format: IndicatorFormat;
}

interface Row {
  indicator: string;
  line: string;
}

const lineText = (r: IndicatorRequirement, format: IndicatorFormat | undefined): string =>
  format === "percent" ? String(Number((r.atLeast * 100).toFixed(6))) : String(r.atLeast);

const L = SETTING_LABELS;

/** The line the `no`-th row holds, or why it cannot be used (parseSettings' message). */
function readRow(row: Row, no: number, format: IndicatorFormat | undefined): number | string {
  const text = row.line.trim().replace(/[%％]$/, "");
  const n = text === "" ? Number.NaN : Number(text);
  const line = format === "percent" ? n / 100 : n;
  return checkSettingNumber("requirements[].atLeast", line, { no }) ?? line;
}

/**
 * 达标要求 as a form: per row an indicator (by its Chinese name) and its 达标线 (a rate in %,
 * a count or an amount in 万元). Reports the requirements, or null while a row is invalid.
 */
export function RequirementsForm(props: {
  requirements: readonly IndicatorRequirement[];
  options: readonly IndicatorOption[];
  onChange: (requirements: IndicatorRequirement[] | null) => void;
}) {
  const styles = useStyles();
  const formatOf = (key: string) => props.options.find((o) => o.key === key)?.format;
  const [rows, setRows] = useState<Row[]>(() =>
    props.requirements.map((r) => ({
      indicator: r.indicator,
      line: lineText(r, formatOf(r.indicator)),
    })),
  );
  const update = (next: Row[]) => {
    setRows(next);
    const read = next.map((r, i) => readRow(r, i + 1, formatOf(r.indicator)));
    props.onChange(
      read.every((x) => typeof x === "number")
        ? next.map((r, i) => ({ indicator: r.indicator, atLeast: read[i] as number }))
        : null,
    );
  };
  const first = props.options.find((o) => o.format === "percent") ?? props.options[0];
  return (
    <div className={styles.section} role="group" aria-label={L.requirements}>
      <Text weight="semibold">{L.requirements}</Text>
      <Text size={200} className={styles.hint}>
        指标达到达标线即为达标：「指标汇总」中标绿（未达标标红），报告写“达到…的要求”。
      </Text>
      {rows.map((row, i) => {
        const format = formatOf(row.indicator);
        const read = readRow(row, i + 1, format);
        return (
          <div key={i} className={styles.row}>
            <Select
              className={styles.control}
              aria-label={`第${i + 1}条${L.requirements}的${L["requirements[].indicator"]}`}
              value={row.indicator}
              onChange={(_, d) =>
                update(rows.map((r, j) => (j === i ? { ...r, indicator: d.value } : r)))
              }
            >
              {props.options.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.name}
                </option>
              ))}
            </Select>
            <Field
              {...(typeof read === "string"
                ? { validationState: "error" as const, validationMessage: read }
                : {})}
            >
              <Input
                className={styles.control}
                aria-label={`第${i + 1}条${L.requirements}的${L["requirements[].atLeast"]}`}
                inputMode="decimal"
                value={row.line}
                {...(format === "percent"
                  ? { contentAfter: "%" }
                  : format === "money"
                    ? { contentAfter: "万元" }
                    : {})}
                onChange={(_, d) =>
                  update(rows.map((r, j) => (j === i ? { ...r, line: d.value } : r)))
                }
              />
            </Field>
            <Button size="small" onClick={() => update(rows.filter((_, j) => j !== i))}>
              删除
            </Button>
          </div>
        );
      })}
      <Button
        size="small"
        disabled={!first}
        onClick={() => first && update([...rows, { indicator: first.key, line: "" }])}
      >
        添加{L.requirements}
      </Button>
    </div>
  );
}
