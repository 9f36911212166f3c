import type {
  XlApplication,
  XlSetting,
  XlSettingCollection,
  XlWorkbook,
  XlWorkbookProtection,
  XlWorksheetCollection,
} from "../../src/office/excelApi.js";
import { FakeOfficeError } from "./FakeOfficeError.js";
import type { FakeRequestContext } from "./FakeRequestContext.js";
import { FakeClientObject } from "./FakeClientObject.js";
import type { Creation } from "./FakeResolvable.js";
import { FakeResolvable } from "./FakeResolvable.js";
import type { FakeSheet, FakeWorkbookState } from "./fakeState.js";
import { createSheet } from "./fakeState.js";
import { FakeTableCollection } from "./fakeTables.js";
import { FakeRange } from "./fakeRange.js";
import { FakeWorksheet, requireRange } from "./fakeWorksheet.js";

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

function findSheet(state: FakeWorkbookState, key: string): FakeSheet | undefined {
  // Excel takes a sheet's name, compared without regard to case, or its id.
  return state.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase() || s.id === key);
}

/** Fake Excel.WorksheetCollection. */
class FakeWorksheetCollection extends FakeClientObject implements XlWorksheetCollection {
  protected readonly kind = "WorksheetCollection";
  constructor(
    ctx: FakeRequestContext,
    private readonly state: FakeWorkbookState,
  ) {
    super(ctx);
  }

  get items(): FakeWorksheet[] {
    return this.loadedValue("items");
  }

  load(propertyNames: ("items/name" | "items/visibility")[]): FakeWorksheetCollection {
    this.loadPaths(propertyNames);
    return this;
  }

  override loadPaths(names: readonly string[]): void {
    let sheets: FakeSheet[] = [];
    this.ctx.enqueue({
      wire: { load: this.wireId, select: names },
      api: 1,
      location: "WorksheetCollection.load",
      apply: () => {
        sheets = [...this.state.sheets];
        return sheets.map((s) => ({ name: s.name, visibility: "Visible" }));
      },
      commit: () => {
        this.acceptLoaded(
          "items",
          sheets.map((s) => {
            const proxy = new FakeWorksheet(this.ctx, { fixed: s }, this.state);
            proxy.acceptLoaded("name", s.name);
            proxy.acceptLoaded("visibility", "Visible");
            return proxy;
          }),
        );
      },
    });
  }

  getItem(key: string): FakeWorksheet {
    return this.sheet("getItem", [key], 1, false, () => findSheet(this.state, key) ?? null);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.sheet(
      "getItemOrNullObject",
      [key],
      4,
      true,
      () => findSheet(this.state, key) ?? null,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.sheet(
      "getActiveWorksheet",
      [],
      1,
      false,
      () => findSheet(this.state, this.state.activeSheet) ?? null,
    );
  }

  add(name?: string): FakeWorksheet {
    return this.sheet("add", [name], 1, false, () => {
      let sheetName = name;
      if (sheetName === undefined) {
        let n = this.state.sheets.length + 1;
        while (findSheet(this.state, `Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      if (sheetName.length === 0 || sheetName.length > 31 || INVALID_SHEET_NAME.test(sheetName)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `'${sheetName}' is not a valid worksheet name.`,
        );
      }
      if (findSheet(this.state, sheetName))
        throw new FakeOfficeError("ItemAlreadyExists", "The resource already exists.");
      // The code Excel gives here is unconfirmed; the add-in checks the protection first.
      if (this.state.structureProtected)
        throw new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.");
      const sheet = createSheet(sheetName);
      this.state.sheets.push(sheet);
      return sheet;
    });
  }

  protected readProperty(property: string): unknown {
    throw new FakeOfficeError(
      "InvalidArgument",
      `WorksheetCollection has no property '${property}'.`,
    );
  }

  private sheet(
    call: string,
    args: unknown[],
    api: number,
    orNull: boolean,
    resolve: () => FakeSheet | null,
  ): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      {
        call,
        on: this.wireId,
        args,
        api,
        location: `WorksheetCollection.${call}`,
        orNull,
        resolve,
      },
      this.state,
    );
  }
}

/** Fake Excel.Setting: a value stored with the document. */
class FakeSetting extends FakeResolvable<string> implements XlSetting {
  protected readonly kind = "Setting";
  constructor(
    ctx: FakeRequestContext,
    creation: Creation<string>,
    private readonly state: FakeWorkbookState,
  ) {
    super(ctx, creation);
  }
  get key(): string {
    return this.loadedValue("key");
  }
  get value(): unknown {
    return this.loadedValue("value");
  }
  set value(value: unknown) {
    this.queueAction("value", [value], 4, (key) => {
      this.state.settings.set(key, structuredClone(value));
    });
  }
  delete(): void {
    this.queueAction("delete", [], 4, (key) => {
      this.state.settings.delete(key);
    });
  }
  load(propertyNames: "value"[]): FakeSetting {
    this.loadPaths(propertyNames);
    return this;
  }
  protected override propertyApi(): number {
    return 4;
  }
  protected readProperty(property: string): unknown {
    const key = this.resolved();
    if (property === "value") return structuredClone(this.state.settings.get(key));
    if (property === "key") return key;
    throw new FakeOfficeError("InvalidArgument", `Setting has no property '${property}'.`);
  }
}

/** Fake Excel.SettingCollection (ExcelApi 1.4). */
class FakeSettingCollection extends FakeClientObject implements XlSettingCollection {
  protected readonly kind = "SettingCollection";
  constructor(
    ctx: FakeRequestContext,
    private readonly state: FakeWorkbookState,
  ) {
    super(ctx);
  }
  add(key: string, value: string | number | boolean): FakeSetting {
    return new FakeSetting(
      this.ctx,
      {
        call: "add",
        on: this.wireId,
        args: [key, value],
        api: 4,
        location: "SettingCollection.add",
        orNull: false,
        resolve: () => {
          this.state.settings.set(key, value);
          return key;
        },
      },
      this.state,
    );
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.ctx,
      {
        call: "getItemOrNullObject",
        on: this.wireId,
        args: [key],
        api: 4,
        location: "SettingCollection.getItemOrNullObject",
        orNull: true,
        resolve: () => (this.state.settings.has(key) ? key : null),
      },
      this.state,
    );
  }
  protected readProperty(property: string): unknown {
    throw new FakeOfficeError(
      "InvalidArgument",
      `SettingCollection has no property '${property}'.`,
    );
  }
}

/** Fake Excel.Application: calculation suspension (recorded per sync) and recalculation. */
class FakeApplication extends FakeClientObject implements XlApplication {
  protected readonly kind = "Application";
  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void {
    this.ctx.enqueue({
      wire: { on: this.wireId, member: "calculate", args: [calculationType] },
      api: 1,
      location: "Application.calculate",
      apply: () => undefined,
      calculates: true,
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue({
      wire: { on: this.wireId, member: "suspendApiCalculationUntilNextSync", args: [] },
      api: 6,
      location: "Application.suspendApiCalculationUntilNextSync",
      apply: () => undefined,
      suspendsCalculation: true,
    });
  }
  protected readProperty(property: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `Application has no property '${property}'.`);
  }
}

/** Fake Excel.WorkbookProtection: the structure's protection, read only. */
class FakeWorkbookProtection extends FakeClientObject implements XlWorkbookProtection {
  protected readonly kind = "WorkbookProtection";
  get protected(): boolean {
    return this.loadedValue("protected");
  }
  protected override propertyApi(): number {
    return 7;
  }
  protected readProperty(property: string): unknown {
    if (property === "protected") return this.ctx.host.state.structureProtected;
    throw new FakeOfficeError(
      "InvalidArgument",
      `WorkbookProtection has no property '${property}'.`,
    );
  }
}

/** Fake Excel.Workbook. */
export class FakeWorkbook extends FakeClientObject implements XlWorkbook {
  protected readonly kind = "Workbook";
  readonly protection: FakeWorkbookProtection;
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    const state = ctx.host.state;
    this.worksheets = new FakeWorksheetCollection(ctx, state);
    this.tables = new FakeTableCollection(ctx, state);
    this.settings = new FakeSettingCollection(ctx, state);
    this.application = new FakeApplication(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  load(propertyNames: ("name" | "protection/protected")[]): FakeWorkbook {
    this.loadPaths(propertyNames);
    return this;
  }

  getSelectedRange(): FakeRange {
    const state = this.ctx.host.state;
    return new FakeRange(
      this.ctx,
      {
        call: "getSelectedRange",
        on: this.wireId,
        args: [],
        api: 1,
        location: "Workbook.getSelectedRange",
        orNull: false,
        resolve: () => {
          // Excel refuses a selection of several areas ("A1:B2,D4"): it is not one range.
          if (state.selection.address.includes(","))
            throw new FakeOfficeError(
              "InvalidSelection",
              "The current selection is invalid for this operation.",
              "Workbook.getSelectedRange",
            );
          const sheet = findSheet(state, state.selection.sheet);
          return sheet ? { sheet, range: requireRange(state.selection.address) } : null;
        },
      },
      state,
    );
  }

  protected override propertyApi(): number {
    return 7;
  }
  protected override child(segment: string): FakeClientObject | undefined {
    return segment === "protection" ? this.protection : undefined;
  }
  protected readProperty(property: string): unknown {
    if (property === "name") return this.ctx.host.state.name;
    throw new FakeOfficeError("InvalidArgument", `Workbook has no property '${property}'.`);
  }
}
