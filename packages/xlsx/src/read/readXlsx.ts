import type { GridSheet, GridWorkbook } from "@zsyz/ledger";
import { openZip } from "./openZip.js";
import type { InflateRaw, ZipParts } from "./openZip.js";
import { readApplication } from "./readAppProperties.js";
import { readRelationships, relsPartName } from "./readRelationships.js";
import type { Relationship } from "./readRelationships.js";
import { DEFAULT_READ_LIMITS } from "./ReadLimits.js";
import type { ReadLimits } from "./ReadLimits.js";
import { readSharedStrings } from "./readSharedStrings.js";
import { readStyles } from "./readStyles.js";
import { readWorkbookPart } from "./readWorkbookPart.js";
import { readWorksheet } from "./readWorksheet.js";
import { triageBytes } from "./triageBytes.js";
import { XLSX_ERROR_MESSAGES } from "./XlsxErrorCode.js";
import type { XlsxErrorCode } from "./XlsxErrorCode.js";
import { XlsxReadError } from "./XlsxReadError.js";

/** Options of readXlsx. */
export interface ReadXlsxOptions {
  /** Tighter or looser caps than DEFAULT_READ_LIMITS; unspecified fields keep the default. */
  limits?: Partial<ReadLimits>;
  /**
   * A raw-DEFLATE inflater to use instead of fflate (Node: node:zlib's inflateRawSync with
   * `maxOutputLength`). It must throw a RangeError once the output would pass `maxSize`.
   */
  inflateRaw?: InflateRaw;
}

/** A workbook, or the code and Chinese message saying why the file could not be read. */
export type ReadXlsxResult =
  { ok: true; workbook: GridWorkbook } | { ok: false; code: XlsxErrorCode; message: string };

const OFFICE_DOCUMENT = /\/officeDocument$/;
const EXTENDED_PROPERTIES = /\/extended-properties$/;

/**
 * Reads .xlsx bytes into a grid workbook named `file`, synchronously and without any host
 * API. A file that is empty, encrypted, old-format, not a zip, corrupt, hostile or too
 * large comes back as `{ ok: false }` with a message telling the user what to do.
 * @example const r = readXlsx(bytes, "城关镇.xlsx"); if (r.ok) use(r.workbook);
 */
export function readXlsx(
  bytes: Uint8Array,
  file: string,
  options: ReadXlsxOptions = {},
): ReadXlsxResult {
  const triage = triageBytes(bytes);
  if (triage !== null) return fail(triage);
  try {
    return { ok: true, workbook: readPackage(bytes, file, options) };
  } catch (thrown) {
    if (thrown instanceof XlsxReadError) return fail(thrown.code);
    throw thrown;
  }
}

function fail(code: XlsxErrorCode): ReadXlsxResult {
  return { ok: false, code, message: XLSX_ERROR_MESSAGES[code] };
}

function readPackage(bytes: Uint8Array, file: string, options: ReadXlsxOptions): GridWorkbook {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const zip = openZip(bytes, limits, options.inflateRaw);
  const rootRels = readRelationships("", zip.readText("_rels/.rels"));
  const workbookPart = findPart(zip, rootRels, OFFICE_DOCUMENT, "xl/workbook.xml");
  const workbookXml = workbookPart === undefined ? undefined : zip.readText(workbookPart);
  if (workbookPart === undefined || workbookXml === undefined)
    throw new XlsxReadError("missing_workbook", "no workbook part");
  const rels = readRelationships(workbookPart, zip.readText(relsPartName(workbookPart)));
  const { sheets, date1904 } = readWorkbookPart(workbookXml, rels);
  const sharedStrings = readSharedStrings(readRelated(zip, rels, /\/sharedStrings$/));
  const styles = readStyles(readRelated(zip, rels, /\/styles$/));

  const grids: GridSheet[] = [];
  for (const sheet of sheets) {
    // A sheet whose part is missing is left out, as exceljs leaves it out.
    const xml = sheet.part === undefined ? undefined : zip.readSheetPieces(sheet.part);
    if (sheet.part === undefined || xml === undefined) continue;
    const sheetRels = readRelationships(sheet.part, zip.readText(relsPartName(sheet.part)));
    grids.push(
      readWorksheet(xml, {
        name: sheet.name,
        hidden: sheet.hidden,
        sharedStrings,
        styles,
        date1904,
        maxCells: limits.maxCellsPerSheet,
        relationshipIds: new Set(sheetRels.keys()),
      }),
    );
  }
  const workbook: GridWorkbook = { file, sheets: grids };
  const appPart = findPart(zip, rootRels, EXTENDED_PROPERTIES, "docProps/app.xml");
  const application = appPart === undefined ? undefined : readApplication(zip.readText(appPart));
  if (application !== undefined) workbook.application = application;
  return workbook;
}

function findPart(
  zip: ZipParts,
  rels: Map<string, Relationship>,
  type: RegExp,
  fallback: string,
): string | undefined {
  for (const rel of rels.values()) {
    if (!rel.external && type.test(rel.type) && zip.has(rel.target)) return rel.target;
  }
  return zip.has(fallback) ? fallback : undefined;
}

function readRelated(
  zip: ZipParts,
  rels: Map<string, Relationship>,
  type: RegExp,
): string | undefined {
  for (const rel of rels.values()) {
    if (!rel.external && type.test(rel.type)) return zip.readText(rel.target);
  }
  return undefined;
}
