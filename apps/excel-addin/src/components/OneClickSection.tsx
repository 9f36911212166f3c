import {
  Button,
  Checkbox,
  Input,
  Label,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  BULLETIN_SHEET,
  DETAIL_SHEET,
  formatForDisplay,
  INDUSTRY_SHEET,
  ISSUE_SHEET,
  NEW_PROJECTS_SHEET,
  REPORT_SHEET,
  SCORE_SHEET,
  SUMMARY_SHEET,
  type Settings,
} from "@zsyz/indicators";
import { useId, useMemo, useRef, useState } from "react";
import type { OneClickRequest, OneClickResult } from "../runOneClick.js";
import type { WorkbookInfo } from "../office/workbookInfo.js";
import {
  defaultAsOf,
  findTargetWorkbookSheets,
  type PreviousSummaryInput,
  toIsoDate,
} from "@zsyz/county";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  refused: { color: tokens.colorPaletteRedForeground1 },
  previous: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

const NONE = "";
// The county figures shown after the run, in the settings' unit and rounding.
const HEADLINE = [
  ["amt_signed", "签约资金", "money"],
  ["rate_signed", "签约资金完成率", "percent"],
  ["amt_arrived", "到位资金", "money"],
] as const;
// The sheets 一键计算 writes, and the county's rule sheets (findTargetWorkbookSheets: read by 一键计算
// whenever they are there), are never offered as ledgers to read.
const OWN = new Set([
  SUMMARY_SHEET,
  DETAIL_SHEET,
  ISSUE_SHEET,
  REPORT_SHEET,
  SCORE_SHEET,
  BULLETIN_SHEET,
  INDUSTRY_SHEET,
  NEW_PROJECTS_SHEET,
]);

/** 「一键计算」: ledger sheets, target sheet (detected), as-of date; then what was written. */
export function OneClickSection(props: {
  info: WorkbookInfo | null;
  disabled: boolean;
  result: OneClickResult | null;
  settings: Settings;
  onCompute: (r: OneClickRequest) => void;
}) {
  const styles = useStyles();
  const targetId = useId();
  const dateId = useId();
  const sheets = useMemo(() => {
    const all = props.info?.sheets ?? [];
    const rules = new Set(findTargetWorkbookSheets(all));
    return all.filter((s) => !OWN.has(s) && !rules.has(s));
  }, [props.info]);
  const detected = sheets.find((s) => /任务|目标/.test(s)) ?? NONE;
  const [target, setTarget] = useState<string | null>(null);
  const targetSheet = target ?? detected;
  const defaults = sheets.filter((s) => s !== targetSheet && /台账/.test(s));
  const [picked, setPicked] = useState<string[] | null>(null);
  const ledgers =
    picked ??
    (defaults.length > 0
      ? defaults
      : props.info
        ? [props.info.active].filter((s) => sheets.includes(s))
        : []);
  const [asOf, setAsOf] = useState(() => defaultAsOf(toIsoDate(new Date())));
  // 上期汇总: read when chosen, so 一键计算 starts at once; the pipeline checks what it is.
  const [previous, setPrevious] = useState<PreviousSummaryInput | null>(null);
  const previousInput = useRef<HTMLInputElement>(null);
  const choosePrevious = (file: File | undefined) => {
    if (!file) return;
    file.text().then(
      (text) => setPrevious({ file: file.name, text }),
      () =>
        setPrevious({ file: file.name, failure: "无法读取该文件，请确认文件未被占用后重新选择" }),
    );
  };
  const toggle = (s: string, on: boolean) =>
    setPicked(on ? [...ledgers, s] : ledgers.filter((x) => x !== s));
  const r = props.result;
  return (
    <section className={styles.section} aria-labelledby="oneclick-title">
      <Text id="oneclick-title" weight="semibold" size={400}>
        一键计算
      </Text>
      <Text size={200} className={styles.hint}>
        汇总所选台账，写入（或刷新）「指标汇总」「项目明细」「问题清单」「报告摘要」「分类统计」「新引进项目清单」等工作表：指标为实时公式，改动台账明细、任务数或截至日期后自动重算。
      </Text>
      <div className={styles.field} role="group" aria-label="台账工作表">
        <Label size="small">台账工作表</Label>
        {sheets
          .filter((s) => s !== targetSheet)
          .map((s) => (
            <Checkbox
              key={s}
              label={s}
              checked={ledgers.includes(s)}
              disabled={props.disabled}
              onChange={(_, d) => toggle(s, d.checked === true)}
            />
          ))}
      </div>
      <div className={styles.field}>
        <Label htmlFor={targetId} size="small">
          任务分解表
        </Label>
        <Select
          id={targetId}
          value={targetSheet}
          disabled={props.disabled}
          onChange={(_, d) => setTarget(d.value)}
        >
          <option value={NONE}>（无：不计算完成率和排名）</option>
          {sheets.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.field}>
        <Label htmlFor={dateId} size="small">
          截至日期
        </Label>
        <Input
          id={dateId}
          type="date"
          value={asOf}
          disabled={props.disabled}
          onChange={(_, d) => setAsOf(d.value)}
        />
      </div>
      <div className={styles.field}>
        <Label size="small">上期汇总（可选）</Label>
        <div className={styles.previous}>
          <input
            ref={previousInput}
            type="file"
            accept=".json,application/json"
            className={styles.hidden}
            aria-label="选择上期汇总文件"
            data-testid="previous-input"
            onChange={(e) => {
              choosePrevious(e.currentTarget.files?.[0]);
              e.currentTarget.value = "";
            }}
          />
          <Button
            size="small"
            disabled={props.disabled}
            onClick={() => previousInput.current?.click()}
          >
            选择…
          </Button>
          {previous ? (
            <>
              <Text size={200} data-testid="previous-name">
                {previous.file}
              </Text>
              <Button
                size="small"
                appearance="subtle"
                disabled={props.disabled}
                onClick={() => setPrevious(null)}
              >
                清除
              </Button>
            </>
          ) : (
            <Text size={200} className={styles.hint}>
              上期合并得到的 汇总.json，用于写出较上期的变化
            </Text>
          )}
        </div>
      </div>
      <Button
        appearance="primary"
        disabled={props.disabled || ledgers.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)}
        onClick={() =>
          props.onCompute({
            ledgerSheets: ledgers,
            targetSheet: targetSheet === NONE ? null : targetSheet,
            asOf,
            ...(previous ? { previous } : {}),
          })
        }
      >
        一键计算
      </Button>
      {r && r.applied.ok && (
        <Text size={200} className={styles.done} role="status">
          已{r.applied.refreshed.length > 0 ? "刷新" : "写入"}
          {r.run.plan.sheets.map((sheet) => `「${sheet.name}」`).join("")}：{r.run.records.length}
          个项目、{r.run.results.units.length}个单位
          {r.run.issues.length > 0
            ? `；台账有${r.run.issues.length}个问题，见「${ISSUE_SHEET}」`
            : ""}
          。
        </Text>
      )}
      {r && r.applied.ok && (
        <Text size={200} data-testid="oneclick-figures">
          {HEADLINE.map(
            ([key, name, format]) =>
              `${name}${formatForDisplay(format, r.run.results.total.indicators[key] ?? null, props.settings) || "—"}`,
          ).join("；")}
        </Text>
      )}
      {r && r.applied.ok && r.ruleIssues.length > 0 && (
        <Text size={200} className={styles.refused} data-testid="oneclick-rule-issues">
          规则表中有{r.ruleIssues.length}处无法识别（
          {[...new Set(r.ruleIssues.map((i) => `「${i.sheet}」${i.cell}`))].slice(0, 5).join("、")}
          ），已按其余内容和设置计算，详见「{ISSUE_SHEET}」。
        </Text>
      )}
      {r && !r.applied.ok && (
        <Text size={200} className={styles.refused} role="alert">
          工作簿中已有名为{r.applied.conflicts.map((c) => `「${c}」`).join("、")}
          的工作表，不是本加载项创建的。为免覆盖，本次没有写入：请将其改名或删除后再点「一键计算」。
        </Text>
      )}
    </section>
  );
}
