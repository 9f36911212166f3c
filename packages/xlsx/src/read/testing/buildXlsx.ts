// Test-only: a tiny SpreadsheetML writer for hand-built and random workbooks. Not exported
// from the package entry; the reader's tests and scripts/recordSnapshots.ts use it.
import { strToU8, zipSync } from "fflate";
import { columnLetters } from "../parseCellRef.js";

/** A cell as the builder writes it. */
export type TestCell =
  | string
  | number
  | boolean
  | Date
  | null
  | { formula: string; result?: number | string | boolean }
  | { error: string }
  | { inline: string };

/** One sheet for buildXlsx. */
export interface TestSheet {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<TestCell>>;
  merges?: readonly string[];
  hiddenRows?: readonly number[];
  state?: "hidden" | "veryHidden";
}

/** Escapes text for XML content and attribute values. */
export const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const DATE_STYLE = 1;

/** Builds an .xlsx (shared strings, a date style, merges, hidden rows and sheets) from plain rows. */
export function buildXlsx(sheets: readonly TestSheet[], date1904 = false): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sheetXml = sheets.map((sheet) => {
    const rowsXml = sheet.rows
      .map((row, r) => {
        const cells = row
          .map((v, c) =>
            cellXml(v, `${columnLetters(c)}${r + 1}`, date1904, (s) => {
              let i = index.get(s);
              if (i === undefined) {
                i = strings.length;
                strings.push(s);
                index.set(s, i);
              }
              return i;
            }),
          )
          .join("");
        const hidden = sheet.hiddenRows?.includes(r) ? ' hidden="1"' : "";
        return cells || hidden ? `<row r="${r + 1}"${hidden}>${cells}</row>` : "";
      })
      .join("");
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "";
    return `<sheetData>${rowsXml}</sheetData>${merges}`;
  });
  const sst = `<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
    .join("")}</sst>`;
  return buildPackage({
    sheets: sheets.map((s, i) => ({
      name: s.name,
      xml: worksheet(sheetXml[i] ?? ""),
      ...(s.state ? { state: s.state } : {}),
    })),
    sharedStrings: sst,
    date1904,
  });
}

function cellXml(
  v: TestCell,
  ref: string,
  date1904: boolean,
  share: (s: string) => number,
): string {
  if (v === null) return "";
  if (typeof v === "string") return `<c r="${ref}" t="s"><v>${share(v)}</v></c>`;
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) {
    const serial = v.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
    return `<c r="${ref}" s="${DATE_STYLE}"><v>${serial}</v></c>`;
  }
  if ("error" in v) return `<c r="${ref}" t="e"><v>${esc(v.error)}</v></c>`;
  if ("inline" in v)
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v.inline)}</t></is></c>`;
  const f = `<f>${esc(v.formula)}</f>`;
  if (v.result === undefined) return `<c r="${ref}">${f}</c>`;
  if (typeof v.result === "string") return `<c r="${ref}" t="str">${f}<v>${esc(v.result)}</v></c>`;
  if (typeof v.result === "boolean")
    return `<c r="${ref}" t="b">${f}<v>${v.result ? 1 : 0}</v></c>`;
  return `<c r="${ref}">${f}<v>${v.result}</v></c>`;
}

/** The SpreadsheetML main namespace. */
export const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Wraps `<sheetData>`… in a worksheet element. */
export const worksheet = (inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${R}">${inner}</worksheet>`;

/** Parts of a package for buildPackage; `extra` parts are added as they are. */
export interface PackageSpec {
  sheets: ReadonlyArray<{ name: string; xml: string; state?: string; part?: string }>;
  sharedStrings?: string;
  styles?: string;
  date1904?: boolean;
  application?: string;
  extra?: Record<string, string | Uint8Array>;
}

const STYLES = `<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** Zips a workbook: content types, rels, workbook.xml, the sheets and optional parts. */
export function buildPackage(spec: PackageSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string | Uint8Array): void => {
    files[name] = typeof text === "string" ? strToU8(text) : text;
  };
  put(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  put(
    "_rels/.rels",
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>${
      spec.application !== undefined
        ? `<Relationship Id="rId2" Type="${R}/extended-properties" Target="docProps/app.xml"/>`
        : ""
    }</Relationships>`,
  );
  if (spec.application !== undefined)
    put(
      "docProps/app.xml",
      `<Properties><Application>${esc(spec.application)}</Application></Properties>`,
    );
  const rels = spec.sheets.map(
    (s, i) =>
      `<Relationship Id="rs${i + 1}" Type="${R}/worksheet" Target="${s.part ?? `worksheets/sheet${i + 1}.xml`}"/>`,
  );
  rels.push(`<Relationship Id="rStyles" Type="${R}/styles" Target="styles.xml"/>`);
  if (spec.sharedStrings !== undefined)
    rels.push(`<Relationship Id="rStrings" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
  put(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`,
  );
  put(
    "xl/workbook.xml",
    `<workbook xmlns="${NS}" xmlns:r="${R}"><workbookPr${spec.date1904 ? ' date1904="1"' : ""}/><sheets>${spec.sheets
      .map(
        (s, i) =>
          `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rs${i + 1}"/>`,
      )
      .join("")}</sheets></workbook>`,
  );
  put("xl/styles.xml", spec.styles ?? STYLES);
  if (spec.sharedStrings !== undefined) put("xl/sharedStrings.xml", spec.sharedStrings);
  spec.sheets.forEach((s, i) => put(`xl/${s.part ?? `worksheets/sheet${i + 1}.xml`}`, s.xml));
  for (const [name, data] of Object.entries(spec.extra ?? {})) put(name, data);
  return zipSync(files);
}
