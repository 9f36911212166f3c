import {
  type AggregateValues,
  aggregateIndustries,
  aggregateRecords,
  buildIndustrySheet,
  buildIssueSheet,
  buildNewProjectsSheet,
  buildReportSheet,
  buildBulletinSheet,
  buildScoreSheet,
  buildWorkbookPlan,
  catalogueBands,
  comparePeriods,
  computeIndicators,
  DEFAULT_SETTINGS,
  detailLayout,
  describeAsOf,
  type IndicatorResults,
  type IndustryFigures,
  type PeriodComparison,
  type ReportParagraph,
  scoreUnits,
  type Settings,
  settingsCatalogue,
  type WorkbookPlan,
  scoreSheetLayout,
} from "@zsyz/indicators";
import {
  DEFAULT_COUNTING_POLICY,
  type IsoDate,
  type LedgerIssue,
  makeIssue,
  type TargetsRead,
} from "@zsyz/ledger";
import { describeProblemProjects } from "./describeProblemProjects.js";
import { describeLastTwice, draftParagraphs } from "./draftParagraphs.js";
import { describePolicyExclusions } from "./describePolicyExclusions.js";
import { readPreviousSummary } from "./readPreviousSummary.js";
import type { LedgerSource, WorkbookSource } from "./LedgerSource.js";
import { type CountyLedgers, readLedgerSources } from "./readLedgerSources.js";
import { issueUnits } from "./issueUnits.js";
import { readCountyRules, type RuleSheetPart } from "./readCountyRules.js";
import { readTargetSource } from "./readTargetSource.js";
import { matchTargetUnits } from "./reconcileUnits.js";

/** What a county run is computed from: what the front end read, and the county's choices. */
export interface CountyInput {
  /** The township ledgers in input order (the order decides which duplicate copy is held back). */
  ledgers: Iterable<LedgerSource> | AsyncIterable<LedgerSource>;
  /**
   * The target table (指标任务分解表), when there is one. The county's rule sheets of its
   * workbook (重复项目归属, 考评办法, 达标要求, 统计口径) apply too.
   */
  targets?: WorkbookSource | null;
  /**
   * Where the county's rule sheets are when there is no target table (the task pane's open
   * workbook): they apply, and what cannot be read in them is an issue, as in a target
   * workbook. Ignored when `targets` is given: the target workbook is the one source of truth.
   */
  rules?: WorkbookSource | null;
  /** 截至日期: every rate depends on it. */
  asOf: IsoDate;
  /** Rounding, county name, custom indicators, scoring; default DEFAULT_SETTINGS. */
  settings?: Settings;
  /**
   * Generate 项目明细's cells while the plan is written (file writers, county scale) instead
   * of up front (the Office writer, which sends cells in blocks).
   */
  lazyDetail?: boolean;
  /**
   * The JSON summary (version 2) of an earlier run, as the front end read it from the file
   * staff picked: the run adds the previous figures and the change (较上期). One that cannot
   * be used (another county, a later date, not our JSON) is an issue and the run goes on.
   */
  previous?: PreviousSummaryInput;
}

/**
 * An earlier run's JSON summary: the file's name as given, for messages, and its text; or,
 * when the front end could not read the file, the Chinese reason (reported like a bad file).
 */
export type PreviousSummaryInput =
  { file: string; text: string } | { file: string; failure: string };

/** Everything a front end shows or writes after a run. */
export interface CountyRun extends CountyLedgers {
  asOf: IsoDate;
  targets: TargetsRead | null;
  /** Per-unit and county indicators, computed once. */
  results: IndicatorResults;
  /** The drafted report paragraphs: county first, then each unit. */
  paragraphs: ReportParagraph[];
  /**
   * Every output sheet: 指标汇总, 项目明细, 问题清单, 报告摘要, 考评得分 and 通报表 when there are
   * targets, then 分类统计 and 新引进项目清单.
   */
  plan: WorkbookPlan;
  /** What the county total leaves out for unresolved duplicates (all 0 when there are none). */
  dedup: Dedup;
  /** The comparison with the previous period, when one was given and could be used. */
  comparison: PeriodComparison | null;
  /** This year's new projects by 产业类别, county-wide (duplicates once), for the JSON. */
  industries: IndustryFigures[];
  /**
   * The parts of the county's rules a sheet of the target (or rules) workbook really gave, the
   * settings' own replaced: what a front end may announce as taken from the sheets. A rule
   * sheet that could not be used is not here; 问题清单 says why.
   */
  ruleSheets: RuleSheetPart[];
}

/**
 * The county job, once for every front end: reads each ledger grid, checks it, finds
 * duplicates across units, reads the targets, computes every indicator once and describes
 * the output workbook and the report. Bad input is never thrown: it is an issue or a
 * file outcome, and read = merged + rejected always.
 * @example const run = await runCounty({ ledgers: [{ file: "城关镇.xlsx", workbook }], asOf: "2024-09-30" })
 */
export async function runCounty(input: CountyInput): Promise<CountyRun> {
  const given = input.settings ?? DEFAULT_SETTINGS;
  const targetIssues: LedgerIssue[] = [];
  const targets = input.targets
    ? readTargetSource(input.targets, targetIssues, { asOf: input.asOf })
    : null;
  // The county's rules for the year (重复项目归属, 考评办法, 达标要求, 统计口径: they replace the
  // settings' own and settle duplicates) are kept beside its targets; without a target table
  // they come from `rules`. Never both: a target workbook given is the one source of truth.
  const ruleSource = input.targets ?? input.rules ?? null;
  const rules = readCountyRules(ruleSource, given);
  if (ruleSource && !input.targets && "failure" in ruleSource)
    targetIssues.push(
      makeIssue(
        "file_unreadable",
        { file: ruleSource.file, sheet: "", cell: "" },
        { detail: `${ruleSource.failure}；本次按设置计算，重复项目未按“重复项目归属”表认定` },
      ),
    );
  targetIssues.push(...rules.issues);
  const settings = rules.settings;
  const ledgers = await readLedgerSources(input.ledgers, input.asOf, { owners: rules.owners });
  const matched = targets ? matchTargetUnits(targets, ledgers.records) : null;
  const issues = [...ledgers.issues, ...targetIssues, ...(matched?.issues ?? [])];
  const targetRows = matched?.targets ?? [];
  const totalTargets = targets?.total?.values;
  // The settings' size bands included (settingsCatalogue puts them in place).
  const catalogue = settingsCatalogue(settings);
  const bands = catalogueBands(catalogue);
  const policy = settings.countingPolicy ?? DEFAULT_COUNTING_POLICY;
  // Projects the counting policy leaves out stay merged (项目明细 says why), with a warning.
  issues.push(...describePolicyExclusions(ledgers.records, input.asOf, policy));
  const aggregation = aggregateRecords(ledgers.records, input.asOf, policy, bands);
  const deducted = new Set(ledgers.deducted);
  const deduction = deducted.size
    ? aggregateRecords(
        ledgers.records.filter((r) => deducted.has(r.id)),
        input.asOf,
        policy,
        bands,
      ).total
    : undefined;
  const results = computeIndicators({
    records: ledgers.records,
    targets: targetRows,
    asOf: input.asOf,
    catalogue,
    aggregation,
    ...(totalTargets ? { totalTargets } : {}),
    ...(deduction ? { deduction } : {}),
  });
  // The earlier period (较上期): one that cannot be compared is an issue, and the run goes on.
  const earlier = input.previous
    ? readPreviousSummary(input.previous, {
        asOf: input.asOf,
        units: results.units.map((u) => u.unit),
      })
    : null;
  if (earlier) issues.push(...earlier.issues);
  const countyFile = ruleSource && "workbook" in ruleSource ? ruleSource.workbook.file : undefined;
  const units = issueUnits(issues, ledgers.records, ledgers.files, countyFile);
  const issueRows = issues.map((i, n) => ({ ...i, unit: units[n] ?? "" }));
  // 考评得分 from the settings' scheme, with deductions counted as 问题清单 lists them.
  const issueCounts: Record<string, Partial<Record<string, number>>> = {};
  for (const i of issueRows) {
    const byCode = (issueCounts[i.unit] ??= {});
    byCode[i.code] = (byCode[i.code] ?? 0) + 1;
  }
  const scores = scoreUnits(results, settings.scoring, issueCounts);
  results.units.forEach((u, n) => {
    u.indicators["score"] = scores[n]?.score ?? null;
    u.indicators["rank_score"] = scores[n]?.rank ?? null;
  });
  results.total.indicators["score"] = null;
  results.total.indicators["rank_score"] = null;
  const comparison = earlier?.previous
    ? comparePeriods(
        results,
        catalogue,
        earlier.previous,
        targets !== null && results.units.length > 0,
      )
    : null;
  const plan = buildWorkbookPlan({
    records: ledgers.records,
    targets: targetRows,
    asOf: input.asOf,
    options: {
      catalogue,
      lazyDetail: input.lazyDetail === true,
      deducted,
      policy,
      ...(totalTargets ? { totalTargets } : {}),
      ...(comparison ? { previous: comparison } : {}),
    },
    computed: { aggregation, results },
  });
  const dedup = describeDedup(deduction);
  const industries = aggregateIndustries(ledgers.records, input.asOf, { policy, deducted });
  plan.sheets.push(buildIssueSheet(issueRows));
  const scoreSheet =
    targets && results.units.length > 0
      ? buildScoreSheet({
          scheme: settings.scoring,
          results,
          catalogue,
          scores,
          issueCounts,
          issueRows: issueRows.length,
        })
      : null;
  const paragraphs = draftParagraphs(
    results,
    settings,
    dedup,
    describeProblemProjects(ledgers.records, issues),
    comparison,
  );
  plan.sheets.push(
    buildReportSheet(`招商引资指标情况（${describeAsOf(input.asOf, true)}）`, paragraphs),
  );
  if (scoreSheet) plan.sheets.push(scoreSheet);
  if (targets && results.units.length > 0) {
    const lead = settings.leadMeasure;
    plan.sheets.push(
      buildBulletinSheet({
        results,
        catalogue,
        dedup: deduction ? dedup : null,
        ...(scoreSheet ? { score: scoreSheetLayout(settings.scoring) } : {}),
        ...(lead === "arrived" || lead === "arrived_outprov" ? { lead: "arrived" as const } : {}),
        ...(comparison?.lastTwice.length ? { notes: [describeLastTwice(comparison)] } : {}),
      }),
    );
  }
  plan.sheets.push(
    buildIndustrySheet({
      asOf: input.asOf,
      breakdown: industries,
      units: results.units.map((u) => u.unit),
      detail: detailLayout(ledgers.records.length),
      countyName: settings.countyName,
    }),
    buildNewProjectsSheet({
      records: ledgers.records,
      asOf: input.asOf,
      policy,
      deducted,
      lazy: input.lazyDetail === true,
    }),
  );
  return {
    ...ledgers,
    industries: industries.county,
    issues,
    asOf: input.asOf,
    targets,
    results,
    paragraphs,
    plan,
    dedup,
    comparison,
    ruleSheets: rules.replaced,
  };
}

/** What the county total leaves out for unresolved duplicates, in the JSON's units. */
export interface Dedup {
  n_signed: number;
  amt_signed: number;
  amt_arrived: number;
  amt_arrived_new: number;
}

function describeDedup(deduction: AggregateValues | undefined): Dedup {
  const n = (k: keyof Dedup): number => Number(deduction?.[k] ?? 0);
  return {
    n_signed: n("n_signed"),
    amt_signed: n("amt_signed"),
    amt_arrived: n("amt_arrived"),
    amt_arrived_new: n("amt_arrived_new"),
  };
}
