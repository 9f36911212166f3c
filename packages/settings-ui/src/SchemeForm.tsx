import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  issueKindTitles,
  readSchemeRows,
  SCHEME_HEADERS,
  SCHEME_WORDS,
  schemeSheetTemplate,
} from "@zsyz/county";
import { SETTING_LABELS, type CompiledIndicator, type ScoringScheme } from "@zsyz/indicators";
import { useMemo, useState } from "react";
import type { IndicatorOption } from "./RequirementsForm.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  card: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    alignItems: "end",
    gap: tokens.spacingHorizontalXS,
    padding: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { gridColumn: "1 / span 2" },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

// Columns of a 考评办法 row, as the sheet has them (readSchemeRows reads both the same way).
const HEADER = [
  SCHEME_HEADERS.kind,
  SCHEME_HEADERS.subject,
  SCHEME_HEADERS.points,
  SCHEME_HEADERS.method,
  SCHEME_HEADERS.cap,
  SCHEME_HEADERS.tiers,
  SCHEME_HEADERS.note,
];
const [KIND, SUBJECT, POINTS, METHOD, CAP, TIERS] = [0, 1, 2, 3, 4, 5] as const;
type Row = string[];
const L = SETTING_LABELS;

/** The scheme's rows as the 考评办法 sheet writes them, as text for the form's fields. */
function rowsOf(scheme: ScoringScheme, catalogue: readonly CompiledIndicator[]): Row[] {
  const rows = schemeSheetTemplate(scheme, catalogue).rows ?? [];
  return rows.map((r) => r.map((v) => (v === null || v === undefined ? "" : String(v))));
}

/**
 * 考评办法 as a form: its name, the 考评项目 (indicator, 分值, 按比例 with 封顶 or 分档 in words)
 * and the 扣分项 (issue kind, 每项扣分, 最多扣分), checked as typed with the rule the 考评办法
 * sheet is read by. Reports the scheme, or null while a field is invalid.
 */
export function SchemeForm(props: {
  scheme: ScoringScheme;
  catalogue: readonly CompiledIndicator[];
  options: readonly IndicatorOption[];
  onChange: (scheme: ScoringScheme | null) => void;
}) {
  const styles = useStyles();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(props.scheme, props.catalogue));
  const titles = useMemo(() => [...new Set(issueKindTitles().values())], []);
  const read = (next: Row[]) => readSchemeRows([HEADER, ...next], props.catalogue, props.scheme);
  const result = read(rows);
  const noItem = !rows.some((r) => r[KIND] === SCHEME_WORDS.item);
  const problem = (i: number, col: number): string | undefined =>
    result?.problems.find((p) => p.row === i + 1 && p.col === col)?.detail;
  const update = (next: Row[]) => {
    setRows(next);
    const r = read(next);
    const ok =
      r !== null && r.problems.length === 0 && next.some((x) => x[KIND] === SCHEME_WORDS.item);
    props.onChange(ok ? r.scheme : null);
  };
  const set = (i: number, col: number, value: string) =>
    update(rows.map((r, j) => (j === i ? r.map((v, c) => (c === col ? value : v)) : r)));
  const nameAt = rows.findIndex((r) => r[KIND] === SCHEME_WORDS.name);
  const field = (i: number, col: number) => {
    const message = problem(i, col);
    return message ? { validationState: "error" as const, validationMessage: message } : {};
  };
  let itemNo = 0;
  let deductionNo = 0;
  return (
    <div className={styles.section} role="group" aria-label={L.scoring}>
      <Text weight="semibold">{L.scoring}</Text>
      <Text size={200} className={styles.hint}>
        「考评得分」表按此计分：按比例得分＝分值×指标（可设封顶）；分档写法如“100%以上得满分；80%以上得满分的75%”。扣分按「问题清单」中该类问题的条数计。
      </Text>
      <Field label={L["scoring.name"]}>
        <Input
          value={nameAt >= 0 ? (rows[nameAt]?.[SUBJECT] ?? "") : ""}
          onChange={(_, d) =>
            nameAt >= 0
              ? set(nameAt, SUBJECT, d.value)
              : update([[SCHEME_WORDS.name, d.value, "", "", "", "", ""], ...rows])
          }
        />
      </Field>
      {rows.map((row, i) => {
        if (row[KIND] === SCHEME_WORDS.item) {
          itemNo += 1;
          const n = itemNo;
          const byTiers = row[METHOD] === SCHEME_WORDS.tiers;
          return (
            <div
              key={i}
              className={styles.card}
              role="group"
              aria-label={`${L["scoring.items"]}${n}`}
            >
              <Field
                label={`${L["scoring.items"]}${n}`}
                className={styles.wide}
                {...field(i, SUBJECT)}
              >
                <Select value={row[SUBJECT] ?? ""} onChange={(_, d) => set(i, SUBJECT, d.value)}>
                  {!props.options.some((o) => o.name === row[SUBJECT]) && (
                    <option value={row[SUBJECT] ?? ""}>{row[SUBJECT] || "（请选择指标）"}</option>
                  )}
                  {props.options.map((o) => (
                    <option key={o.key} value={o.name}>
                      {o.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={L["scoring.items[].weight"]} {...field(i, POINTS)}>
                <Input
                  inputMode="decimal"
                  value={row[POINTS] ?? ""}
                  onChange={(_, d) => set(i, POINTS, d.value)}
                />
              </Field>
              <Field label={L["scoring.items[].method"]} {...field(i, METHOD)}>
                <Select value={row[METHOD] ?? ""} onChange={(_, d) => set(i, METHOD, d.value)}>
                  <option value={SCHEME_WORDS.linear}>{SCHEME_WORDS.linear}</option>
                  <option value={SCHEME_WORDS.tiers}>{SCHEME_WORDS.tiers}</option>
                </Select>
              </Field>
              {byTiers ? (
                <Field
                  label={L["scoring.items[].tiers"]}
                  className={styles.wide}
                  {...field(i, TIERS)}
                >
                  <Input value={row[TIERS] ?? ""} onChange={(_, d) => set(i, TIERS, d.value)} />
                </Field>
              ) : (
                <Field
                  label={L["scoring.items[].cap"]}
                  hint="如 120%，不封顶请留空"
                  {...field(i, CAP)}
                >
                  <Input value={row[CAP] ?? ""} onChange={(_, d) => set(i, CAP, d.value)} />
                </Field>
              )}
              <Button size="small" onClick={() => update(rows.filter((_, j) => j !== i))}>
                删除此项
              </Button>
            </div>
          );
        }
        if (row[KIND] === SCHEME_WORDS.deduction) {
          deductionNo += 1;
          const n = deductionNo;
          return (
            <div
              key={i}
              className={styles.card}
              role="group"
              aria-label={`${L["scoring.deductions"]}${n}`}
            >
              <Field
                label={`${L["scoring.deductions"]}${n}`}
                className={styles.wide}
                {...field(i, SUBJECT)}
              >
                <Select value={row[SUBJECT] ?? ""} onChange={(_, d) => set(i, SUBJECT, d.value)}>
                  {!titles.includes(row[SUBJECT] ?? "") && (
                    <option value={row[SUBJECT] ?? ""}>{row[SUBJECT]}</option>
                  )}
                  {titles.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={L["scoring.deductions[].points"]} {...field(i, POINTS)}>
                <Input
                  inputMode="decimal"
                  value={row[POINTS] ?? ""}
                  onChange={(_, d) => set(i, POINTS, d.value)}
                />
              </Field>
              <Field label={L["scoring.deductions[].max"]} hint="不封顶请留空" {...field(i, CAP)}>
                <Input
                  inputMode="decimal"
                  value={row[CAP] ?? ""}
                  onChange={(_, d) => set(i, CAP, d.value)}
                />
              </Field>
              <Button size="small" onClick={() => update(rows.filter((_, j) => j !== i))}>
                删除此项
              </Button>
            </div>
          );
        }
        return null;
      })}
      {noItem && (
        <Text size={200} className={styles.error} role="alert">
          请至少保留一个{L["scoring.items"]}。
        </Text>
      )}
      <div>
        <Button
          size="small"
          onClick={() =>
            update([
              ...rows,
              [
                SCHEME_WORDS.item,
                props.options[0]?.name ?? "",
                "10",
                SCHEME_WORDS.linear,
                "",
                "",
                "",
              ],
            ])
          }
        >
          添加{L["scoring.items"]}
        </Button>{" "}
        <Button
          size="small"
          onClick={() =>
            update([
              ...rows,
              [SCHEME_WORDS.deduction, titles[0] ?? "", "1", SCHEME_WORDS.perIssue, "", "", ""],
            ])
          }
        >
          添加{L["scoring.deductions"]}
        </Button>
      </div>
    </div>
  );
}
