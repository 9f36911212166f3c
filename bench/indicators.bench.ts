// Benchmark (not a test): 1,000,000 ledger records across 30 units aggregated into every
// indicator of the built-in catalogue. Run: npx tsx bench/indicators.bench.ts [records]
import type { LedgerFields, LedgerRecord, TargetRow } from "@zsyz/ledger";
import { computeIndicators } from "@zsyz/indicators";

const N = Number(process.argv[2] ?? 1_000_000);
const UNITS = Array.from({ length: 30 }, (_, i) => `第${i + 1}镇`);
const SIGN_TYPES = ["合同", "协议", "框架协议", "意向"] as const;
const STATUSES = ["签约", "注册", "开工", "在建", "竣工", "投产", "在谈", "终止"] as const;
const SOURCES = ["省外", "省内市外", "市内", "境外"] as const;

// Deterministic pseudo-random numbers, so runs are comparable.
let seed = 42;
const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const money = (max: number, decimals: number): number =>
  Math.round(rand() * max * 10 ** decimals) / 10 ** decimals;

const shared = { raw: {}, columns: {}, approximate: [], extra: {} };
const records: LedgerRecord[] = new Array(N);
for (let i = 0; i < N; i += 1) {
  const fields: LedgerFields = {
    sign_type: pick(SIGN_TYPES),
    sign_date: `${rand() < 0.3 ? 2023 : 2024}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-15`,
    status: pick(STATUSES),
    fund_source: pick(SOURCES),
    amt_signed: money(50000, 2),
    amt_arrived: money(20000, 4),
  };
  if (rand() < 0.3) fields.amt_signed_outprov = money(10000, 2);
  if (rand() < 0.05) fields.fdi = money(500, 2);
  if (rand() < 0.01) fields.amt_arrived = money(100, 8); // beyond 6 decimals: the exact slow path
  records[i] = {
    id: String(i),
    file: "bench.xlsx",
    sheet: "台账",
    row: i + 2,
    unit: UNITS[i % 30]!,
    unitSource: "column",
    fields,
    hidden: false,
    ...shared,
  } as LedgerRecord;
}
const targets: TargetRow[] = UNITS.map((unit, i) => ({
  unit,
  file: "任务.xlsx",
  sheet: "任务",
  row: i + 2,
  values:
    i % 7 === 6
      ? {}
      : {
          target_amt_signed: 8e8,
          target_amt_arrived: 3e8,
          dispatch_amt_signed: 6e8,
          target_fdi: 1e5,
        },
}));

const run = (): number => {
  const t0 = process.hrtime.bigint();
  const r = computeIndicators({ records, targets, asOf: "2024-09-30" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.units.length !== 30) throw new Error("expected 30 units");
  return ms;
};

run(); // warm-up: JIT and the mathjs instance
const times = [run(), run(), run(), run(), run()].sort((a, b) => a - b);
const best = times[0]!;
const r = computeIndicators({ records, targets, asOf: "2024-09-30" });
console.log(
  `records: ${N.toLocaleString("en-US")} across 30 units, ${Object.keys(r.total.indicators).length} indicators`,
);
console.log(
  `time: best ${best.toFixed(0)} ms, median ${times[2]!.toFixed(0)} ms, worst ${times[4]!.toFixed(0)} ms (5 runs after warm-up)`,
);
console.log(`throughput: ${Math.round(N / (best / 1000)).toLocaleString("en-US")} rows/s`);
console.log(
  `total 签约资金 ${r.total.indicators["amt_signed"]} 万元, 到位资金 ${r.total.indicators["amt_arrived"]} 万元`,
);
