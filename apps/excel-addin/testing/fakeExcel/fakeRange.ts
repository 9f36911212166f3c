import type { CellRange } from "@zsyz/ledger";
import type { RangeLoadable, XlRange, XlRangeAreas } from "../../src/office/excelApi.js";
import { quoteSheetName, rangeToA1 } from "../../src/office/address.js";
import { FakeOfficeError } from "./FakeOfficeError.js";
import { parseTypedInput } from "./typedInput.js";
import type { FakeRequestContext } from "./FakeRequestContext.js";
import type { Creation } from "./FakeResolvable.js";
import { FakeResolvable } from "./FakeResolvable.js";
import { FakeDataValidation, FakeRangeFormat } from "./fakeRangeFormat.js";
import { FakeConditionalFormatCollection } from "./fakeSheetExtras.js";
import type { FakeCell, FakeSheet } from "./fakeState.js";
import { intersects, mapCells, peekCell, touchCell } from "./fakeState.js";
import type { FakeWorkbookState } from "./fakeState.js";

/** Where a range proxy points once its creating call ran. */
interface RangeTarget {
  sheet: FakeSheet;
  range: CellRange;
}

/** Full address as Excel reports it: "项目台账!A1:C3", "'Sheet 1'!B2". */
export function fullAddress(t: RangeTarget): string {
  return `${quoteSheetName(t.sheet.name)}!${rangeToA1(t.range)}`;
}

/** Throws AccessDenied, as Excel does, when a write targets a protected sheet. */
export function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected)
    throw new FakeOfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet.",
    );
}

const API: Partial<Record<string, number>> = { rowHidden: 2 };

/** Most merged areas one getMergedAreasOrNullObject call returns. */
export const MERGED_AREAS_LIMIT = 512;

function contains(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/** Fake Excel.Range: values, formulas and number formats as 2D arrays; formulas are never evaluated. */
export class FakeRange extends FakeResolvable<RangeTarget> implements XlRange {
  protected readonly kind = "Range";
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    ctx: FakeRequestContext,
    creation: Creation<RangeTarget>,
    private readonly state: FakeWorkbookState,
  ) {
    super(ctx, creation);
    this.format = new FakeRangeFormat(ctx, () => this.resolved());
    this.dataValidation = new FakeDataValidation(ctx, () => this.resolved());
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => this.resolved());
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get text(): string[][] {
    return this.loadedValue("text");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(v: unknown[][]) {
    this.queueWrite("values", v, writeTypedValue);
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(v: unknown[][]) {
    this.queueWrite("formulas", v, writeTypedValue);
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.queueWrite("numberFormat", v, (cell, x) => {
      if (typeof x !== "string")
        throw new FakeOfficeError("InvalidArgument", "A number format must be text.");
      cell.numberFormat = x;
    });
  }
  get rowHidden(): boolean {
    return this.loadedValue("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.queueAction("rowHidden", [hidden], 2, ({ sheet, range }) => {
      for (let r = range.top; r <= range.bottom; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }

  /** The range this proxy points at; for fake objects that take a Range argument at sync time. */
  targetNow(): RangeTarget {
    return this.resolved();
  }

  load(propertyNames: RangeLoadable[]): FakeRange {
    this.loadPaths(propertyNames);
    return this;
  }

  select(): void {
    this.queueAction("select", [], 1, (t) => {
      this.state.activeSheet = t.sheet.name;
      this.state.selection = { sheet: t.sheet.name, address: rangeToA1(t.range) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", [row, column], 1, ({ range }) => ({
      top: range.top + row,
      left: range.left + column,
      bottom: range.top + row,
      right: range.left + column,
    }));
  }

  getRow(row: number): FakeRange {
    return this.derive("getRow", [row], 1, ({ range }) => ({
      ...range,
      top: range.top + row,
      bottom: range.top + row,
    }));
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    return new FakeRangeAreas(this.ctx, this.state, {
      call: "getMergedAreasOrNullObject",
      on: this.wireId,
      args: [],
      api: 13,
      location: "Range.getMergedAreasOrNullObject",
      orNull: true,
      resolve: () => {
        const { sheet, range } = this.resolved();
        // Only merges whose top-left cell lies in the range are returned (office-js#3611).
        const hits = sheet.merges.filter((m) => contains(range, m.top, m.left));
        // "If the merged areas count in this range is more than 512, then this method will
        // fail to return the result" (Range.getMergedAreasOrNullObject, ExcelApi 1.13).
        if (hits.length > MERGED_AREAS_LIMIT)
          throw new FakeOfficeError(
            "GeneralException",
            "There was an internal error while processing the request.",
          );
        return hits.length > 0 ? { sheet, ranges: hits } : null;
      },
    });
  }

  getSpecialCellsOrNullObject(cellType: "Formulas" | "Visible"): XlRangeAreas {
    return new FakeRangeAreas(this.ctx, this.state, {
      call: "getSpecialCellsOrNullObject",
      on: this.wireId,
      args: [cellType],
      api: 9,
      location: "Range.getSpecialCellsOrNullObject",
      orNull: true,
      resolve: () => {
        const { sheet, range } = this.resolved();
        const runs =
          cellType === "Formulas" ? formulaRuns(sheet, range) : visibleRuns(sheet, range);
        return runs.length > 0 ? { sheet, ranges: runs } : null;
      },
    });
  }

  merge(across = false): void {
    this.queueAction("merge", [across], 2, ({ sheet, range }) => {
      assertWritable(sheet);
      const parts = across
        ? Array.from({ length: range.bottom - range.top + 1 }, (_, i) => ({
            ...range,
            top: range.top + i,
            bottom: range.top + i,
          }))
        : [range];
      // Merging over an existing merge replaces it, as Excel does.
      sheet.merges = [
        ...sheet.merges.filter((m) => !parts.some((p) => intersects(m, p))),
        ...parts,
      ];
    });
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.queueAction("clear", [applyTo], 1, ({ sheet, range }) => {
      assertWritable(sheet);
      // Clearing formats takes the conditional formats that lie inside the range with them.
      if (applyTo !== "Contents")
        sheet.conditionalFormats = sheet.conditionalFormats.filter(
          (cf) =>
            !(
              cf.range.top >= range.top &&
              cf.range.bottom <= range.bottom &&
              cf.range.left >= range.left &&
              cf.range.right <= range.right
            ),
        );
      for (let r = range.top; r <= range.bottom; r++) {
        const cells = sheet.rows[r];
        if (!cells) continue;
        for (let c = range.left; c <= range.right; c++) {
          const cell = cells[c];
          if (!cell) continue;
          if (applyTo === "All") {
            cells[c] = undefined;
            continue;
          }
          if (applyTo === "Contents") {
            cell.value = "";
            delete cell.formula;
          } else {
            for (const k of ["numberFormat", "fill", "fontColor", "bold", "wrap"] as const)
              delete cell[k];
          }
        }
      }
    });
  }

  protected override propertyApi(property: string): number {
    return API[property] ?? 1;
  }

  /** Public so RangeAreas can read the areas it builds during a sync. */
  readProperty(property: string): unknown {
    const t = this.resolved();
    const { sheet, range } = t;
    switch (property) {
      case "address":
        return fullAddress(t);
      case "rowIndex":
        return range.top;
      case "columnIndex":
        return range.left;
      case "rowCount":
        return range.bottom - range.top + 1;
      case "columnCount":
        return range.right - range.left + 1;
      case "values":
        return mapCells(sheet, range, (c) => c?.value ?? "");
      case "formulas":
        return mapCells(sheet, range, (c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return mapCells(sheet, range, (c) => c?.numberFormat ?? "General");
      case "text":
        return mapCells(sheet, range, (c) => String(c?.value ?? ""));
      case "rowHidden": {
        let hidden = 0;
        for (let r = range.top; r <= range.bottom; r++) if (sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === range.bottom - range.top + 1 ? true : null;
      }
      default:
        throw new FakeOfficeError("InvalidArgument", `Range has no property '${property}'.`);
    }
  }

  protected override child(segment: string): FakeRangeFormat | FakeDataValidation | undefined {
    if (segment === "format") return this.format;
    if (segment === "dataValidation") return this.dataValidation;
    return undefined;
  }

  private derive(
    call: string,
    args: unknown[],
    api: number,
    pick: (t: RangeTarget) => CellRange,
  ): FakeRange {
    return new FakeRange(
      this.ctx,
      {
        call,
        on: this.wireId,
        args,
        api,
        location: `Range.${call}`,
        orNull: false,
        resolve: () => {
          const t = this.resolved();
          return { sheet: t.sheet, range: pick(t) };
        },
      },
      this.state,
    );
  }

  private queueWrite(
    member: string,
    grid: unknown[][],
    write: (cell: FakeCell, value: unknown) => void,
  ): void {
    this.queueAction(member, [grid], 1, ({ sheet, range }) => {
      assertWritable(sheet);
      const rows = range.bottom - range.top + 1;
      const cols = range.right - range.left + 1;
      if (grid.length !== rows || grid.some((row) => row.length !== cols)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          // Office.js leaves a cell untouched when its entry in the written array is null.
          if (value !== null) write(touchCell(sheet, range.top + r, range.left + c), value);
        }),
      );
    });
  }
}

/**
 * `range.values` and `range.formulas` take strings as typed input: a cell formatted "@" keeps
 * text as text (even "=…"); any other cell gets Excel's parse (numbers, dates, booleans,
 * formulas from "=", "+", "-", "@"), and a parsed number keeps the format Excel gives it.
 */
function writeTypedValue(cell: FakeCell, value: unknown): void {
  if (typeof value !== "string" || value === "") return writeValue(cell, value);
  if (cell.numberFormat === "@") {
    delete cell.formula;
    cell.value = value;
    return;
  }
  const typed = parseTypedInput(value);
  switch (typed.kind) {
    case "text":
      return writeValue(cell, typed.text);
    case "formula":
      return writeValue(cell, typed.formula);
    case "boolean":
      return writeValue(cell, typed.value);
    case "number":
      writeValue(cell, typed.value);
      if (typed.numberFormat && (cell.numberFormat ?? "General") === "General")
        cell.numberFormat = typed.numberFormat;
  }
}

function writeValue(cell: FakeCell, value: unknown): void {
  if (typeof value === "string" && value.startsWith("=")) {
    cell.formula = value;
    cell.value = "";
    return;
  }
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
    throw new FakeOfficeError(
      "InvalidArgument",
      "Cell values must be text, numbers or booleans; write dates as serial numbers.",
    );
  }
  delete cell.formula;
  cell.value = value;
}

/** Formula cells of a range as horizontal runs, one area per run. */
function formulaRuns(sheet: FakeSheet, range: CellRange): CellRange[] {
  const runs: CellRange[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    let start = -1;
    for (let c = range.left; c <= range.right + 1; c++) {
      const isFormula = c <= range.right && peekCell(sheet, r, c)?.formula !== undefined;
      if (isFormula && start < 0) start = c;
      if (!isFormula && start >= 0) {
        runs.push({ top: r, bottom: r, left: start, right: c - 1 });
        start = -1;
      }
    }
  }
  return runs;
}

/** Visible rows of a range as full-width blocks, one area per run of unhidden rows. */
function visibleRuns(sheet: FakeSheet, range: CellRange): CellRange[] {
  const runs: CellRange[] = [];
  let start = -1;
  for (let r = range.top; r <= range.bottom + 1; r++) {
    const visible = r <= range.bottom && !sheet.hiddenRows.has(r);
    if (visible && start < 0) start = r;
    if (!visible && start >= 0) {
      runs.push({ ...range, top: start, bottom: r - 1 });
      start = -1;
    }
  }
  return runs;
}

/** Where a RangeAreas proxy points once its creating call ran. */
interface AreasTarget {
  sheet: FakeSheet;
  ranges: CellRange[];
}

/** Fake Excel.RangeAreas: several rectangles of one sheet, loadable as `areas/items/…`. */
class FakeRangeAreas extends FakeResolvable<AreasTarget> implements XlRangeAreas {
  protected readonly kind = "RangeAreas";

  constructor(
    ctx: FakeRequestContext,
    private readonly state: FakeWorkbookState,
    creation: Creation<AreasTarget>,
  ) {
    super(ctx, creation);
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get areas(): { items: FakeRange[] } {
    return { items: this.loadedValue<FakeRange[]>("areas") };
  }

  load(
    propertyNames: (
      "address" | "areas/items/address" | "areas/items/formulas" | "areas/items/values"
    )[],
  ): FakeRangeAreas {
    this.loadPaths(propertyNames);
    return this;
  }

  override loadPaths(names: readonly string[]): void {
    const own = names.filter((n) => !n.startsWith("areas/items/"));
    const itemProps = names
      .filter((n) => n.startsWith("areas/items/"))
      .map((n) => n.slice("areas/items/".length));
    if (own.length > 0) this.queueLoad(own);
    if (itemProps.length === 0) return;
    let areas: FakeRange[] = [];
    this.ctx.enqueue({
      wire: { load: this.wireId, select: itemProps.map((p) => `areas/items/${p}`) },
      api: 9,
      location: "RangeAreas.load",
      apply: () => {
        if (this.isNull()) return undefined;
        const { sheet, ranges } = this.resolved();
        areas = ranges.map(
          (range) => new FakeRange(this.ctx, { fixed: { sheet, range } }, this.state),
        );
        return areas.map((a) => Object.fromEntries(itemProps.map((p) => [p, a.readProperty(p)])));
      },
      commit: (result) => {
        if (result === undefined) return;
        (result as Record<string, unknown>[]).forEach((props, i) => {
          for (const [k, v] of Object.entries(props)) areas[i]?.acceptLoaded(k, v);
        });
        this.acceptLoaded("areas", areas);
      },
    });
  }

  protected readProperty(property: string): unknown {
    if (property !== "address")
      throw new FakeOfficeError("InvalidArgument", `RangeAreas has no property '${property}'.`);
    const { sheet, ranges } = this.resolved();
    return ranges.map((range) => fullAddress({ sheet, range })).join(", ");
  }
}
