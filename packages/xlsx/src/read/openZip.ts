import { inflateCapped } from "./inflateCapped.js";
import type { ReadLimits } from "./ReadLimits.js";
import { readZipDirectory } from "./readZipDirectory.js";
import type { ZipEntry } from "./readZipDirectory.js";
import { XlsxReadError } from "./XlsxReadError.js";

/**
 * Inflates raw DEFLATE data; must throw a RangeError once the output would pass `maxSize`.
 * `declaredSize` is what the zip's directory claims (at most `maxSize`): a hint for sizing an
 * output buffer, never a limit (a zip bomb lies there).
 */
export type InflateRaw = (data: Uint8Array, maxSize: number, declaredSize: number) => Uint8Array;

/** Read access to the parts of an opened zip, with every inflated byte counted against the limits. */
export interface ZipParts {
  /** Whether a part of that name exists (case-insensitive, no leading slash). */
  has(name: string): boolean;
  /** The part decoded as text, or undefined when there is no such part. */
  readText(name: string): string | undefined;
  /**
   * A worksheet part decoded as text in pieces of about 64 KB, each ending just after a
   * `</row>` (so no element but the sheet's own wrappers spans two pieces); one piece when the
   * part holds markup a cut could fall inside (a comment, CDATA) or is not UTF-8. Decoding a
   * county ledger's 500 KB sheet whole costs ~5 ms, in pieces ~0.4 ms (bench/tmp was the
   * measure; README "Reader").
   */
  readSheetPieces(name: string): string[] | undefined;
}

const LOCAL = 0x04034b50;

/** Opens zip bytes for reading parts by name; throws XlsxReadError on a broken archive. */
export function openZip(bytes: Uint8Array, limits: ReadLimits, inflateRaw?: InflateRaw): ZipParts {
  const entries = readZipDirectory(bytes, limits.maxEntries);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inflate = inflateRaw ?? inflateCapped;
  let used = 0;

  const readBytes = (entry: ZipEntry): Uint8Array => {
    const remaining = limits.maxTotalBytes - used;
    const cap = Math.min(limits.maxPartBytes, remaining);
    const overCap = (): XlsxReadError =>
      remaining < limits.maxPartBytes
        ? new XlsxReadError("too_large", `total inflated size passes ${limits.maxTotalBytes}`)
        : new XlsxReadError("part_too_large", `${entry.name} passes ${limits.maxPartBytes}`);
    const data = entryData(bytes, view, entry);
    let out: Uint8Array;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      try {
        out = inflate(data, cap, Math.min(entry.declaredSize, cap));
      } catch (thrown) {
        if (thrown instanceof RangeError) throw overCap();
        throw new XlsxReadError("corrupt_zip", `${entry.name}: ${String(thrown)}`);
      }
    } else throw new XlsxReadError("corrupt_zip", `${entry.name}: compression ${entry.method}`);
    if (out.length > cap) throw overCap();
    used += out.length;
    return out;
  };

  return {
    has: (name) => entries.has(name.toLowerCase()),
    readText: (name) => {
      const entry = entries.get(name.toLowerCase());
      return entry ? decodeText(readBytes(entry)) : undefined;
    },
    readSheetPieces: (name) => {
      const entry = entries.get(name.toLowerCase());
      return entry ? decodePieces(readBytes(entry)) : undefined;
    },
  };
}

const PIECE_BYTES = 1 << 16;
// "</row>" as bytes.
const ROW_END = [0x3c, 0x2f, 0x72, 0x6f, 0x77, 0x3e];

function decodePieces(bytes: Uint8Array): string[] {
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom || bytes.length <= PIECE_BYTES || hasMarkupDeclaration(bytes)) return [decodeText(bytes)];
  const pieces: string[] = [];
  let from = 0;
  for (let target = PIECE_BYTES; target < bytes.length;) {
    const cut = rowEndFrom(bytes, target);
    if (cut < 0) break;
    pieces.push(utf8.decode(bytes.subarray(from, cut)));
    from = cut;
    target = cut + PIECE_BYTES;
  }
  pieces.push(utf8.decode(bytes.subarray(from)));
  return pieces;
}

/** The offset just after the first `</row>` at or after `from`, or -1. */
function rowEndFrom(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(0x3c, from); at >= 0; at = bytes.indexOf(0x3c, at + 1)) {
    let i = 1;
    while (i < 6 && bytes[at + i] === ROW_END[i]) i += 1;
    if (i === 6) return at + 6;
  }
  return -1;
}

/** Whether `<!` occurs anywhere: a comment or CDATA section a cut could split. */
function hasMarkupDeclaration(bytes: Uint8Array): boolean {
  // "!" is rare in a sheet (a formula's Sheet1!A1): look for it, then at the byte before.
  for (let at = bytes.indexOf(0x21); at >= 0; at = bytes.indexOf(0x21, at + 1))
    if (at > 0 && bytes[at - 1] === 0x3c) return true;
  return false;
}

function entryData(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (entry.flags & 1) throw new XlsxReadError("corrupt_zip", `${entry.name} is zip-encrypted`);
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw new XlsxReadError("corrupt_zip", `${entry.name}: no local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new XlsxReadError("corrupt_zip", `${entry.name} truncated`);
  return bytes.subarray(start, end);
}

const utf8 = new TextDecoder("utf-8");

function decodeText(bytes: Uint8Array): string {
  // Excel and WPS write UTF-8; a UTF-16 part is legal XML and announces itself with a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return utf8.decode(bytes);
}
