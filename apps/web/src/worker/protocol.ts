import type { FileOutcome, RuleSheetPart } from "@zsyz/county";
import type { ReportParagraph, Settings } from "@zsyz/indicators";
import type { IsoDate, LedgerIssue } from "@zsyz/ledger";
import type { InputKind } from "../inputKind.js";

/** One file handed to the Worker: the name the user knows it by and its bytes, unread. */
export interface JobInput {
  /** File name, or its path inside the chosen folder ("各乡镇/城关镇.xlsx"). */
  name: string;
  file: Blob;
  kind: InputKind;
}

/** Which input is the 任务分解表: found by its headers, none, or the one the user chose. */
export type TargetChoice = { mode: "auto" } | { mode: "none" } | { mode: "file"; name: string };

/** A county run as asked for on the page. */
export interface Job {
  inputs: JobInput[];
  targets: TargetChoice;
  asOf: IsoDate;
  /** 上期汇总: the JSON summary of an earlier run to compare with, when the user chose one. */
  previous: { name: string; file: Blob } | null;
  /** The page's 设置; the target workbook's rule sheets replace their parts (ruleSheets). */
  settings: Settings;
}

/** What the page shows of a finished run: plain data, cloned out of the Worker. */
export interface RunView {
  asOf: IsoDate;
  /** The input used as the target table, or null. */
  targetsFile: string | null;
  /** How the target table was chosen. */
  targetsFound: "chosen" | "headers" | "none";
  /**
   * The sheets of the target workbook the run really took a part of the rules from (考评办法,
   * 达标要求, 统计口径 instead of 设置's; 重复项目归属), by their names as found; a rule sheet
   * that could not be used is not here (问题清单 says why).
   */
  ruleSheets: RuleSheetPart[];
  files: FileOutcome[];
  rows: { read: number; merged: number; rejected: number };
  issues: LedgerIssue[];
  paragraphs: ReportParagraph[];
  /** The sheets 县汇总.xlsx will have, in order. */
  sheets: string[];
  headline: string;
  /** The 上期汇总 file the run was compared with (null when none was chosen). */
  previousFile: string | null;
  /** The JSON summary (docs/summary-json.md) as a file, made in the Worker. */
  summary: Blob;
}

/** Page → Worker. */
export type ToWorker = { type: "run"; job: Job } | { type: "write" };

/** Worker → page. */
export type FromWorker =
  | { type: "progress"; done: number; total: number; file: string }
  | { type: "result"; view: RunView }
  /** 县汇总.xlsx being written: bytes compressed so far. */
  | { type: "writing"; bytes: number }
  | { type: "workbook"; blob: Blob }
  | { type: "failed"; message: string };
