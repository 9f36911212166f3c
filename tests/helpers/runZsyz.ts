import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
/** The bundled sample ledgers and target table. */
export const FIXTURES = join(ROOT, "fixtures/样例");

/**
 * The CLI's launcher. ZSYZ_TEST_BIN points the e2e tests at another build (an older commit's
 * bundle, to check that a test fails on the behaviour it guards against).
 */
export const ZSYZ_BIN = process.env.ZSYZ_TEST_BIN ?? join(ROOT, "apps/batch/bin/zsyz.js");

/** What a CLI run printed and returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `zsyz` CLI as a user would, without a terminal. */
export function runZsyz(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): RunResult {
  const result = spawnSync(process.execPath, [ZSYZ_BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    // A run that hangs is killed and reads as exit code -1.
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** SHA-256 of a file, to prove inputs are never modified. */
export function hashFile(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** The `--json` summary as written by `zsyz check` (files, rows, issues) and `zsyz merge` (also units, total). */
/** An earlier period in the JSON summary: its date, its figures, and the change since. */
export interface PreviousFigures {
  asOf: string;
  indicators: Record<string, number | boolean | null>;
  change: Record<string, number | boolean | null>;
}

export interface SummaryJson {
  version: number;
  asOf: string;
  files: Array<{
    file: string;
    unit?: string;
    sheet?: string;
    rows: number;
    status: string;
    message?: string;
  }>;
  rows: { read: number; merged: number; rejected: number };
  units: Array<{
    unit: string;
    indicators: Record<string, number | boolean | null>;
    previous?: PreviousFigures;
  }>;
  total: {
    indicators: Record<string, number | boolean | null>;
    /** The earlier period's figures and the change since (version 2, `--previous` only). */
    previous?: PreviousFigures;
    /** What the 减：疑似重复报送 row takes out of the county total (JSON version 2). */
    dedup?: { n_signed: number; amt_signed: number; amt_arrived: number; amt_arrived_new: number };
  };
  /** This year's new projects by industry, county-wide (version 2). */
  industries?: Array<{
    industry: string;
    n_signed: number;
    amt_signed: number;
    amt_arrived_new: number;
  }>;
  issues: Array<{
    code: string;
    severity: string;
    file: string;
    sheet: string;
    cell: string;
    raw: string;
    message: string;
  }>;
}
