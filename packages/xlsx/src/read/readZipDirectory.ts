import { XlsxReadError } from "./XlsxReadError.js";

/** One file of the zip, as its central directory lists it. */
export interface ZipEntry {
  /** Name as stored ("xl/worksheets/sheet1.xml"); only ever a lookup key, never a path on disk. */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** What the directory claims; a hint at most, since a zip bomb lies here. */
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

const corrupt = (detail: string): XlsxReadError => new XlsxReadError("corrupt_zip", detail);

/**
 * Lists a zip's entries from its central directory, keyed by lower-cased name (OPC part
 * names are case-insensitive). The first of two entries with the same name wins.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(bytes, view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === MAX32) {
    const zip64 = readZip64End(view, eocd);
    count = zip64.count;
    offset = zip64.offset;
  }
  if (count > maxEntries) throw corrupt(`${count} entries, more than ${maxEntries}`);
  const decoder = new TextDecoder("utf-8");
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL)
      throw corrupt(`central directory entry ${i} out of place`);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw corrupt(`central directory entry ${i} truncated`);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    const key = entry.name.replace(/^\/+/, "").toLowerCase();
    if (!entries.has(key)) entries.set(key, entry);
    p = end;
  }
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= lowest; p -= 1) {
    if (bytes[p] === 0x50 && view.getUint32(p, true) === EOCD) return p;
  }
  throw corrupt("no end of central directory record");
}

function readZip64End(view: DataView, eocd: number): { count: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR)
    throw corrupt("zip64 sizes without a zip64 locator");
  const record = getUint64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD)
    throw corrupt("zip64 end record out of place");
  return { count: getUint64(view, record + 32), offset: getUint64(view, record + 48) };
}

function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  if (
    entry.declaredSize !== MAX32 &&
    entry.compressedSize !== MAX32 &&
    entry.localHeaderOffset !== MAX32
  )
    return;
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      if (entry.declaredSize === MAX32) {
        entry.declaredSize = getUint64(view, q);
        q += 8;
      }
      if (entry.compressedSize === MAX32) {
        entry.compressedSize = getUint64(view, q);
        q += 8;
      }
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = getUint64(view, q);
      return;
    }
    p += 4 + size;
  }
}

function getUint64(view: DataView, p: number): number {
  if (p + 8 > view.byteLength) throw corrupt("zip64 field truncated");
  return view.getUint32(p, true) + view.getUint32(p + 4, true) * 0x100000000;
}
