import {
  buildWorkbookPlan,
  computeIndicators,
  settingsPlanOptions,
  type IndicatorResults,
  type Settings,
  type WorkbookPlan,
} from "@zsyz/indicators";
import {
  readLedger,
  readTargets,
  type GridWorkbook,
  type IsoDate,
  type LedgerRead,
  type TargetsRead,
} from "@zsyz/ledger";

/** What 「一键计算」 computes from the sheets it read: the plan to write and the figures behind it. */
export interface WorkbookComputation {
  read: LedgerRead;
  targets: TargetsRead | null;
  results: IndicatorResults;
  plan: WorkbookPlan;
}

/**
 * Reads the ledger sheets and the target sheet (grids) and builds the indicator plan with the
 * same buildWorkbookPlan call as the batch tool's merge (the target table's totals row as the
 * county's targets), plus the settings' custom indicators.
 */
export function planWorkbook(input: {
  ledger: GridWorkbook;
  targets: GridWorkbook | null;
  asOf: IsoDate;
  settings: Settings;
}): WorkbookComputation {
  const read = readLedger(input.ledger, { asOf: input.asOf });
  const targets = input.targets ? readTargets(input.targets) : null;
  const targetRows = targets?.targets ?? [];
  const totalTargets = targets?.total?.values;
  const { catalogue } = settingsPlanOptions(input.settings);
  const shared = { ...(totalTargets ? { totalTargets } : {}), ...(catalogue ? { catalogue } : {}) };
  const results = computeIndicators({
    records: read.records,
    targets: targetRows,
    asOf: input.asOf,
    ...shared,
  });
  const plan = buildWorkbookPlan({
    records: read.records,
    targets: targetRows,
    asOf: input.asOf,
    options: shared,
  });
  return { read, targets, results, plan };
}

/** The default as-of date: the last day of the month before `today`. @example defaultAsOf("2024-10-15") === "2024-09-30" */
export function defaultAsOf(today: IsoDate): IsoDate {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m - 1, 0));
  return end.toISOString().slice(0, 10);
}
