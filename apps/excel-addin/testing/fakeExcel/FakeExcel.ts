import { dateToSerial, type CellValue, type GridWorkbook } from "@zsyz/ledger";
import type { XlRequestContext } from "../../src/office/excelApi.js";
import type { ExcelHost } from "../../src/office/host.js";
import { parseRangeA1 } from "../../src/office/address.js";
import type { FakeHostLink, FakePlatform, SyncRecord } from "./FakeRequestContext.js";
import { FakeRequestContext } from "./FakeRequestContext.js";
import type { FakeCell, FakeSheet, FakeWorkbookState } from "./fakeState.js";
import { createSheet, peekCell, touchCell } from "./fakeState.js";

/** Options of a fake Excel. */
interface FakeExcelOptions {
  /** Workbook name, as `workbook.name` reports it. */
  name?: string;
  /** Highest ExcelApi 1.x minor version to implement (default 18); newer calls fail with ApiNotFound. */
  apiMinor?: number;
  /** Which Excel to pretend to be (default "web", the strictest about payloads). */
  platform?: FakePlatform;
}

/** Office.context.diagnostics.platform of each fake platform. */
const OFFICE_PLATFORM: Record<FakePlatform, string> = {
  web: "OfficeOnline",
  windows: "PC",
  mac: "Mac",
};

/**
 * A typed in-memory Excel: implements the slice of the Excel JavaScript API in ../excelApi.ts,
 * enforces load-before-read and sync-before-read, counts syncs and payload bytes per sync, rejects
 * requests and responses over 5 MB (on the web an oversize request may fail as GeneralException),
 * refuses APIs above its ExcelApi level with ApiNotFound, converts strings written into cells not
 * formatted "@" as Excel parses typed input, fails merged-area lookups over 512 areas, freezes the
 * active sheet's view, keeps formulas stale after suspended writes until application.calculate,
 * and evaluates no formulas.
 */
export class FakeExcel implements ExcelHost, FakeHostLink {
  readonly state: FakeWorkbookState;
  readonly apiMinor: number;
  readonly platform: FakePlatform;
  /** Simulates a user typing in a cell: syncs fail with InvalidOperationInCellEditMode. */
  editMode = false;
  /**
   * Number of a coming sync (counted in `syncs`, from 1) that fails with GeneralException before
   * anything of it runs, as a dropped connection or a busy Excel would; null for none.
   */
  failSyncNumber: number | null = null;
  /** Every sync so far, in order. */
  readonly syncs: SyncRecord[] = [];
  /** How many times `run` was called. */
  runs = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.apiMinor = options.apiMinor ?? 18;
    this.platform = options.platform ?? "web";
    const first = createSheet("Sheet1");
    this.state = {
      name: options.name ?? "工作簿1.xlsx",
      sheets: [first],
      activeSheet: first.name,
      selection: { sheet: first.name, address: "A1" },
      tables: [],
      settings: new Map(),
      structureProtected: false,
      calculationStale: false,
    };
  }

  /** What Office.context.diagnostics reports for this fake host. */
  get diagnostics(): { host: string; platform: string; version: string } {
    return { host: "Excel", platform: OFFICE_PLATFORM[this.platform], version: "16.0.18429.20040" };
  }

  /** Excel.run: one request context per batch; what the batch leaves queued is flushed at the end. */
  run = async <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> => {
    this.runs += 1;
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    await context.finish();
    return result;
  };

  /** Office.context.requirements.isSetSupported for ExcelApi 1.x. */
  isSetSupported = (name: string, version?: string): boolean => {
    if (name !== "ExcelApi") return false;
    const minor = Number((version ?? "1.1").split(".")[1] ?? "0");
    return minor <= this.apiMinor;
  };

  get syncCount(): number {
    return this.syncs.length;
  }

  recordSync(record: SyncRecord): void {
    this.syncs.push(record);
  }

  /** Forgets the sync log, so a test can measure one action. */
  resetCounters(): void {
    this.syncs.length = 0;
    this.runs = 0;
  }

  /** The worksheet of that name; throws for a test that names a missing one. */
  sheet(name: string): FakeSheet {
    const sheet = this.state.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name} in the fake workbook`);
    return sheet;
  }

  /** The stored cell at an A1 address, if any. */
  cell(sheetName: string, address: string): FakeCell | undefined {
    const at = parseRangeA1(address);
    if (!at) throw new Error(`bad address ${address}`);
    return peekCell(this.sheet(sheetName), at.top, at.left);
  }

  /** Replaces the workbook's sheets with a grid workbook's (Dates become serial numbers). */
  loadGrid(workbook: GridWorkbook): void {
    this.state.sheets = workbook.sheets.map((grid) => {
      const sheet = createSheet(grid.name);
      grid.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell) return;
          const target = touchCell(sheet, r, c);
          target.value = cell.error ?? toFakeValue(cell.value);
          if (cell.formula !== undefined)
            target.formula = cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
          if (cell.numFmt !== undefined) target.numberFormat = cell.numFmt;
          else if (cell.value instanceof Date) target.numberFormat = "yyyy-mm-dd";
        }),
      );
      sheet.merges = grid.merges.map((m) => ({ ...m }));
      for (const r of grid.hiddenRows ?? []) sheet.hiddenRows.add(r);
      return sheet;
    });
    const first = this.state.sheets[0]?.name ?? "Sheet1";
    this.state.activeSheet = first;
    this.state.selection = { sheet: first, address: "A1" };
  }
}

function toFakeValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (value instanceof Date) return dateToSerial(value);
  return value;
}
