import type { CellRange } from "@zsyz/ledger";
import type {
  XlFreezePanes,
  XlNote,
  XlNoteCollection,
  XlWorksheet,
  XlWorksheetProtection,
} from "../../src/office/excelApi.js";
import { parseRangeA1, rangeToA1, stripSheet } from "../../src/office/address.js";
import { FakeOfficeError } from "./FakeOfficeError.js";
import type { FakeRequestContext } from "./FakeRequestContext.js";
import { FakeClientObject } from "./FakeClientObject.js";
import type { Creation } from "./FakeResolvable.js";
import { FakeResolvable } from "./FakeResolvable.js";
import { FakeRange, assertWritable } from "./fakeRange.js";
import type { FakeSheet, FakeWorkbookState } from "./fakeState.js";
import { boundsOf, hasAnything, hasContent } from "./fakeState.js";
import { FakeAutoFilter, FakeChartCollection, FakePageLayout } from "./fakeSheetExtras.js";
import { FakeTableCollection } from "./fakeTables.js";

/** Parses a local A1 address or throws InvalidArgument, as Excel does for a bad address. */
export function requireRange(address: string): CellRange {
  const range = parseRangeA1(address);
  if (!range)
    throw new FakeOfficeError("InvalidArgument", `The address '${address}' is not valid.`);
  return range;
}

/** Fake Excel.Worksheet. */
export class FakeWorksheet extends FakeResolvable<FakeSheet> implements XlWorksheet {
  protected readonly kind = "Worksheet";
  readonly protection: FakeProtection;
  readonly tables: FakeTableCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly notes: FakeNoteCollection;
  readonly pageLayout: FakePageLayout;
  readonly charts: FakeChartCollection;
  readonly autoFilter: FakeAutoFilter;

  constructor(
    ctx: FakeRequestContext,
    creation: Creation<FakeSheet>,
    private readonly state: FakeWorkbookState,
  ) {
    super(ctx, creation);
    const sheet = () => this.resolved();
    this.protection = new FakeProtection(ctx, sheet, () => this.isNull());
    this.tables = new FakeTableCollection(ctx, state, sheet);
    this.freezePanes = new FakeFreezePanes(ctx, () => activeSheetOf(state));
    this.notes = new FakeNoteCollection(ctx, sheet);
    this.pageLayout = new FakePageLayout(ctx, sheet);
    this.charts = new FakeChartCollection(ctx, sheet, 1);
    this.autoFilter = new FakeAutoFilter(ctx, sheet);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.queueAction("name", [name], 1, (sheet) => {
      if (this.state.activeSheet === sheet.name) this.state.activeSheet = name;
      sheet.name = name;
    });
  }

  get id(): string {
    return this.loadedValue("id");
  }

  load(propertyNames: ("name" | "id" | "protection/protected")[]): FakeWorksheet {
    this.loadPaths(propertyNames);
    return this;
  }

  activate(): void {
    this.queueAction("activate", [], 1, (sheet) => {
      this.state.activeSheet = sheet.name;
      this.state.selection = { sheet: sheet.name, address: "A1" };
    });
  }

  delete(): void {
    this.queueAction("delete", [], 1, (sheet) => {
      if (this.state.sheets.length === 1)
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one sheet.");
      this.state.sheets = this.state.sheets.filter((s) => s !== sheet);
      this.state.tables = this.state.tables.filter((t) => t.sheet !== sheet);
      if (this.state.activeSheet === sheet.name) {
        const first = this.state.sheets[0]!.name;
        this.state.activeSheet = first;
        this.state.selection = { sheet: first, address: "A1" };
      }
    });
  }

  getRange(address?: string): FakeRange {
    if (address === undefined)
      throw new FakeOfficeError("InvalidArgument", "The fake needs an address for getRange().");
    return this.range("getRange", [address], 1, () => requireRange(address));
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): FakeRange {
    return this.range(
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      7,
      () => {
        if (rowCount < 1 || columnCount < 1)
          throw new FakeOfficeError(
            "InvalidArgument",
            "A range has at least one row and one column.",
          );
        return {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        };
      },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      {
        call: "getUsedRangeOrNullObject",
        on: this.wireId,
        args: [valuesOnly ?? false],
        api: 4,
        location: "Worksheet.getUsedRangeOrNullObject",
        orNull: true,
        resolve: () => {
          const sheet = this.resolved();
          const range = boundsOf(sheet, valuesOnly ? hasContent : hasAnything);
          return range ? { sheet, range } : null;
        },
      },
      this.state,
    );
  }

  protected readProperty(property: string): unknown {
    if (property === "name") return this.resolved().name;
    if (property === "id") return this.resolved().id;
    throw new FakeOfficeError("InvalidArgument", `Worksheet has no property '${property}'.`);
  }

  protected override child(segment: string): FakeProtection | undefined {
    return segment === "protection" ? this.protection : undefined;
  }

  private range(call: string, args: unknown[], api: number, pick: () => CellRange): FakeRange {
    return new FakeRange(
      this.ctx,
      {
        call,
        on: this.wireId,
        args,
        api,
        location: `Worksheet.${call}`,
        orNull: false,
        resolve: () => ({ sheet: this.resolved(), range: pick() }),
      },
      this.state,
    );
  }
}

/** Fake Excel.WorksheetProtection (read-only here: tests protect sheets through the state). */
class FakeProtection extends FakeClientObject implements XlWorksheetProtection {
  protected readonly kind = "WorksheetProtection";
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
    private readonly sheetIsNull: () => boolean,
  ) {
    super(ctx);
  }
  // `load("protection/protected")` on a null worksheet is one query in Office.js that brings
  // nothing back, not a failure.
  protected override isNull(): boolean {
    return this.sheetIsNull();
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
  protected override propertyApi(): number {
    return 2;
  }
  protected readProperty(property: string): unknown {
    if (property === "protected") return this.sheet().protected;
    throw new FakeOfficeError(
      "InvalidArgument",
      `WorksheetProtection has no property '${property}'.`,
    );
  }
}

/** The sheet the user sees; freezePanes acts on its view. */
function activeSheetOf(state: FakeWorkbookState): FakeSheet {
  const active = state.sheets.find((s) => s.name === state.activeSheet);
  if (!active) throw new FakeOfficeError("ItemNotFound", "There is no active worksheet.");
  return active;
}

/**
 * Fake Excel.WorksheetFreezePanes (ExcelApi 1.7). Freezing is a property of the window's view:
 * called on a sheet that is not active, Excel freezes what the active view shows (office-js#3148:
 * freezeAt on an inactive sheet activates it only internally). The fake freezes the active sheet,
 * so a writer that does not activate the sheet first freezes the wrong one.
 */
class FakeFreezePanes extends FakeClientObject implements XlFreezePanes {
  protected readonly kind = "WorksheetFreezePanes";
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  freezeRows(count = 1): void {
    this.act("freezeRows", [count], (s) => {
      s.freeze = { rows: count, columns: 0 };
    });
  }
  freezeAt(frozenRange: string | FakeRange): void {
    const arg = typeof frozenRange === "string" ? frozenRange : frozenRange.wireId;
    this.act("freezeAt", [arg], (s) => {
      const r =
        typeof frozenRange === "string" ? requireRange(frozenRange) : frozenRange.targetNow().range;
      s.freeze = { rows: r.bottom + 1, columns: r.right + 1 };
    });
  }
  unfreeze(): void {
    this.act("unfreeze", [], (s) => {
      s.freeze = { rows: 0, columns: 0 };
    });
  }
  protected readProperty(property: string): unknown {
    throw new FakeOfficeError(
      "InvalidArgument",
      `WorksheetFreezePanes has no property '${property}'.`,
    );
  }
  private act(member: string, args: unknown[], run: (sheet: FakeSheet) => void): void {
    this.ctx.enqueue({
      wire: { on: this.wireId, member, args },
      api: 7,
      location: `WorksheetFreezePanes.${member}`,
      apply: () => {
        run(this.sheet());
        return undefined;
      },
    });
  }
}

/** Fake Excel.Note (ExcelApi 1.18), keyed by its cell. */
class FakeNote extends FakeResolvable<{ sheet: FakeSheet; key: string }> implements XlNote {
  protected readonly kind = "Note";
  get content(): string {
    return this.loadedValue("content");
  }
  set content(content: string) {
    this.queueAction("content", [content], 18, ({ sheet, key }) => {
      const note = sheet.notes.get(key);
      if (!note) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      note.content = content;
    });
  }
  delete(): void {
    this.queueAction("delete", [], 18, ({ sheet, key }) => {
      assertWritable(sheet);
      sheet.notes.delete(key);
    });
  }
  load(propertyNames: "content"[]): FakeNote {
    this.loadPaths(propertyNames);
    return this;
  }
  protected override propertyApi(): number {
    return 18;
  }
  protected readProperty(property: string): unknown {
    const { sheet, key } = this.resolved();
    if (property === "content") return sheet.notes.get(key)?.content ?? "";
    throw new FakeOfficeError("InvalidArgument", `Note has no property '${property}'.`);
  }
}

/** Fake Excel.NoteCollection of one worksheet. */
class FakeNoteCollection extends FakeClientObject implements XlNoteCollection {
  protected readonly kind = "NoteCollection";
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  add(cellAddress: string | FakeRange, content: string): FakeNote {
    if (typeof cellAddress !== "string")
      throw new FakeOfficeError("InvalidArgument", "The fake adds notes by address only.");
    return new FakeNote(this.ctx, {
      call: "add",
      on: this.wireId,
      args: [cellAddress, content],
      api: 18,
      location: "NoteCollection.add",
      orNull: false,
      resolve: () => {
        const sheet = this.sheet();
        assertWritable(sheet);
        const key = cellKey(cellAddress);
        if (sheet.notes.has(key))
          throw new FakeOfficeError("ItemAlreadyExists", "The cell already has a note.");
        sheet.notes.set(key, { content, author: "测试用户" });
        return { sheet, key };
      },
    });
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.ctx, {
      call: "getItemOrNullObject",
      on: this.wireId,
      args: [key],
      api: 18,
      location: "NoteCollection.getItemOrNullObject",
      orNull: true,
      resolve: () => {
        const sheet = this.sheet();
        const cell = cellKey(key);
        return sheet.notes.has(cell) ? { sheet, key: cell } : null;
      },
    });
  }

  protected readProperty(property: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `NoteCollection has no property '${property}'.`);
  }
}

function cellKey(address: string): string {
  const range = requireRange(stripSheet(address));
  return rangeToA1({ ...range, bottom: range.top, right: range.left });
}
