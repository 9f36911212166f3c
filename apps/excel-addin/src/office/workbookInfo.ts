import type { ExcelHost } from "./host.js";

/** The worksheets of the workbook and which one is active. */
export interface WorkbookInfo {
  sheets: string[];
  active: string;
}

/** Lists the worksheets and the active one in one sync. */
export async function readWorkbookInfo(host: ExcelHost): Promise<WorkbookInfo> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load(["items/name"]);
    const active = context.workbook.worksheets.getActiveWorksheet().load(["name"]);
    await context.sync();
    return { sheets: sheets.items.map((s) => s.name), active: active.name };
  });
}

/** Activates a sheet and selects one cell or range ("F7") in it, so the user sees it. */
export async function selectCell(host: ExcelHost, sheet: string, address: string): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
