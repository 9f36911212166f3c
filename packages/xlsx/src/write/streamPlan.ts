import type { WorkbookPlan } from "@zsyz/indicators";
import {
  appPropsXml,
  contentTypesXml,
  corePropsXml,
  rootRelsXml,
  workbookRelsXml,
  workbookXml,
} from "./packageParts.js";
import { planSheetXml } from "./planSheetXml.js";
import { SharedStrings } from "./SharedStrings.js";
import { StyleTable } from "./StyleTable.js";
import { resolveZipOptions, type WriteOptions } from "./WriteOptions.js";
import {
  type Crc32,
  type DeflateRawAsync,
  type ZipEntry,
  zipEntries,
  zipEntriesAsync,
} from "./zipEntries.js";

const once = (text: string) => (): Iterable<string> => [text];

/**
 * Writes a workbook plan as .xlsx bytes, chunk by chunk: formulas with cached values (per-row
 * columns as shared formulas), styles, rules, print setup. Sheets are generated while they
 * are compressed, so a 300,000-row 项目明细 (SheetPlan.lazyCells) is never held whole.
 * @example for (const chunk of streamPlan(plan)) await file.write(chunk)
 */
export function* streamPlan(
  plan: WorkbookPlan,
  options: WriteOptions = {},
): Generator<Uint8Array, void, undefined> {
  const zip = resolveZipOptions(options);
  yield* zipEntries(planEntries(plan, zip.now), zip);
}

/** How `streamPlanAsync` compresses: the host's asynchronous deflate and its CRC-32. */
export interface AsyncWriteOptions {
  deflateRaw: DeflateRawAsync;
  crc32: Crc32;
  /** When the file is created (docProps/core.xml, zip entry times); default the current time. */
  now?: Date;
}

/**
 * `streamPlan` with a host deflate that works off this thread (Node: zlib's thread pool):
 * the same bytes as `streamPlan` with the same deflate done synchronously, but each piece
 * is compressed while the next is generated, so on two cores writing takes about as long
 * as generating the XML.
 * @example for await (const chunk of streamPlanAsync(plan, { deflateRaw, crc32 })) await file.write(chunk)
 */
export async function* streamPlanAsync(
  plan: WorkbookPlan,
  options: AsyncWriteOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  const { now } = resolveZipOptions(options.now ? { now: options.now } : {});
  yield* zipEntriesAsync(planEntries(plan, now), {
    deflateRaw: options.deflateRaw,
    crc32: options.crc32,
    now,
  });
}

/** The parts of the .xlsx, each generated only when the zip writer gets to it. */
function planEntries(plan: WorkbookPlan, now: Date): ZipEntry[] {
  const styles = new StyleTable(plan.styles);
  const strings = new SharedStrings();
  // Conditional-format colours get their dxf ids before styles.xml is written.
  const dxfIds = plan.sheets.map((s) =>
    s.conditionalFormats.map((r) => styles.dxf(r.fill, r.fontColor)),
  );
  const sheets = plan.sheets.map((s) => ({
    name: s.name,
    repeatRows: s.print.repeatRows,
    autoFilter: s.autoFilter,
  }));
  return [
    { name: "[Content_Types].xml", text: once(contentTypesXml(plan.sheets.length)) },
    { name: "_rels/.rels", text: once(rootRelsXml()) },
    { name: "docProps/core.xml", text: once(corePropsXml(now)) },
    { name: "docProps/app.xml", text: once(appPropsXml()) },
    { name: "xl/workbook.xml", text: once(workbookXml(sheets)) },
    { name: "xl/_rels/workbook.xml.rels", text: once(workbookRelsXml(plan.sheets.length)) },
    ...plan.sheets.map((sheet, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      text: () =>
        planSheetXml(sheet, { selected: i === 0, styles, strings, dxfIds: dxfIds[i] ?? [] }),
    })),
    // Entries are generated in order, so these two run after every sheet has been written.
    { name: "xl/sharedStrings.xml", text: () => strings.toXml() },
    { name: "xl/styles.xml", text: () => [styles.toXml()] },
  ];
}
