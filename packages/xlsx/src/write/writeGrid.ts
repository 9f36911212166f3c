import type { GridWorkbook } from "@zsyz/ledger";
import { collectChunks } from "./collectChunks.js";
import { gridSheetXml } from "./gridSheetXml.js";
import {
  activeSheetIndex,
  appPropsXml,
  contentTypesXml,
  corePropsXml,
  rootRelsXml,
  workbookRelsXml,
  workbookXml,
} from "./packageParts.js";
import { SharedStrings } from "./SharedStrings.js";
import { StyleTable } from "./StyleTable.js";
import { resolveZipOptions, type WriteOptions } from "./WriteOptions.js";
import { zipEntries } from "./zipEntries.js";

/**
 * Writes a plain grid workbook as .xlsx bytes: values, formulas with cached results, error
 * cells, number formats, dates (as serial numbers with their format), merges, hidden rows
 * and sheets, every used column 14 wide. Makes the sample ledgers and test corpora.
 * @example writeGrid({ file: "城关镇.xlsx", sheets: [{ name: "台账", rows: [[{ value: "项目名称" }]], merges: [] }] })
 */
export function writeGrid(grid: GridWorkbook, options: WriteOptions = {}): Uint8Array {
  const zip = resolveZipOptions(options);
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const selected = activeSheetIndex(grid.sheets);
  const count = grid.sheets.length;
  // Grids are in memory already, so each part is built whole before it is zipped.
  const sheets = grid.sheets.map((sheet, i) =>
    gridSheetXml(sheet, { selected: i === selected, styles, strings }),
  );
  const once = (text: string) => (): Iterable<string> => [text];
  return collectChunks(
    zipEntries(
      [
        { name: "[Content_Types].xml", text: once(contentTypesXml(count)) },
        { name: "_rels/.rels", text: once(rootRelsXml()) },
        { name: "docProps/core.xml", text: once(corePropsXml(zip.now)) },
        { name: "docProps/app.xml", text: once(appPropsXml()) },
        { name: "xl/workbook.xml", text: once(workbookXml(grid.sheets)) },
        { name: "xl/_rels/workbook.xml.rels", text: once(workbookRelsXml(count)) },
        ...sheets.map((xml, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, text: once(xml) })),
        { name: "xl/sharedStrings.xml", text: () => strings.toXml() },
        { name: "xl/styles.xml", text: () => [styles.toXml()] },
      ],
      zip,
    ),
  );
}
