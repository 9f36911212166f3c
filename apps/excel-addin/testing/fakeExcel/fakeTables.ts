import type { CellRange } from "@zsyz/ledger";
import type { XlTable, XlTableCollection } from "../../src/office/excelApi.js";
import { parseRangeA1 } from "../../src/office/address.js";
import { FakeOfficeError } from "./FakeOfficeError.js";
import type { FakeRequestContext } from "./FakeRequestContext.js";
import { FakeClientObject } from "./FakeClientObject.js";
import type { Creation } from "./FakeResolvable.js";
import { FakeResolvable } from "./FakeResolvable.js";
import type { FakeRange } from "./fakeRange.js";
import { assertWritable } from "./fakeRange.js";
import type { FakeSheet, FakeTable as TableState, FakeWorkbookState } from "./fakeState.js";
import { intersects } from "./fakeState.js";

/** Fake Excel.Table. */
class FakeTable extends FakeResolvable<TableState> implements XlTable {
  protected readonly kind = "Table";
  constructor(
    ctx: FakeRequestContext,
    creation: Creation<TableState>,
    private readonly state: FakeWorkbookState,
  ) {
    super(ctx, creation);
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.queueAction("name", [name], 1, (table) => {
      const clash = this.state.tables.some(
        (t) => t !== table && t.name.toLowerCase() === name.toLowerCase(),
      );
      if (clash)
        throw new FakeOfficeError("ItemAlreadyExists", `A table named '${name}' already exists.`);
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name))
        throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid table name.`);
      table.name = name;
    });
  }
  get style(): string {
    return this.loadedValue("style");
  }
  set style(style: string) {
    this.queueAction("style", [style], 1, (t) => {
      t.style = style;
    });
  }
  get showBandedRows(): boolean {
    return this.loadedValue("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this.queueAction("showBandedRows", [v], 3, (t) => {
      t.showBandedRows = v;
    });
  }
  get showFilterButton(): boolean {
    return this.loadedValue("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this.queueAction("showFilterButton", [v], 3, (t) => {
      t.showFilterButton = v;
    });
  }
  load(propertyNames: "name"[]): FakeTable {
    this.loadPaths(propertyNames);
    return this;
  }
  protected readProperty(property: string): unknown {
    const t = this.resolved();
    if (property === "name") return t.name;
    throw new FakeOfficeError("InvalidArgument", `Table has no property '${property}'.`);
  }
}

/** Fake Excel.TableCollection of a worksheet (`scope` given) or of the whole workbook. */
export class FakeTableCollection extends FakeClientObject implements XlTableCollection {
  protected readonly kind = "TableCollection";

  constructor(
    ctx: FakeRequestContext,
    private readonly state: FakeWorkbookState,
    private readonly scope?: () => FakeSheet,
  ) {
    super(ctx);
  }

  get items(): FakeTable[] {
    return this.loadedValue("items");
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    return new FakeTable(
      this.ctx,
      {
        call: "add",
        on: this.wireId,
        args: [typeof address === "string" ? address : address.wireId, hasHeaders],
        api: 1,
        location: "TableCollection.add",
        orNull: false,
        resolve: () => {
          const { sheet, range } =
            typeof address === "string" ? this.locate(address) : address.targetNow();
          assertWritable(sheet);
          if (this.state.tables.some((t) => t.sheet === sheet && intersects(t.range, range))) {
            throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
          }
          let n = this.state.tables.length + 1;
          while (this.state.tables.some((t) => t.name === `Table${n}`)) n++;
          const table: TableState = {
            name: `Table${n}`,
            sheet,
            range,
            style: "TableStyleMedium2",
            showBandedRows: true,
            showFilterButton: hasHeaders,
          };
          this.state.tables.push(table);
          return table;
        },
      },
      this.state,
    );
  }

  load(propertyNames: "items/name"[]): FakeTableCollection {
    this.loadPaths(propertyNames);
    return this;
  }

  override loadPaths(names: readonly string[]): void {
    let tables: TableState[] = [];
    this.ctx.enqueue({
      wire: { load: this.wireId, select: names },
      api: 1,
      location: "TableCollection.load",
      apply: () => {
        const sheet = this.scope?.();
        tables = this.state.tables.filter((t) => sheet === undefined || t.sheet === sheet);
        return tables.map((t) => ({ name: t.name }));
      },
      commit: () => {
        this.acceptLoaded(
          "items",
          tables.map((t) => {
            const proxy = new FakeTable(this.ctx, { fixed: t }, this.state);
            proxy.acceptLoaded("name", t.name);
            return proxy;
          }),
        );
      },
    });
  }

  protected readProperty(property: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `TableCollection has no property '${property}'.`);
  }

  private locate(address: string): { sheet: FakeSheet; range: CellRange } {
    const bang = address.lastIndexOf("!");
    const sheetName =
      bang < 0
        ? undefined
        : address
            .slice(0, bang)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
    // "If the address does not contain a sheet name, the currently-active sheet is used"
    // (TableCollection.add, ExcelApi 1.1), even on a worksheet's own collection.
    const sheet =
      sheetName === undefined
        ? this.state.sheets.find((s) => s.name === this.state.activeSheet)
        : this.state.sheets.find((s) => s.name === sheetName);
    const range = parseRangeA1(address);
    if (!sheet || !range)
      throw new FakeOfficeError("InvalidArgument", `The address '${address}' is not valid.`);
    return { sheet, range };
  }
}
