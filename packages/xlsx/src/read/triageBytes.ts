import type { XlsxErrorCode } from "./XlsxErrorCode.js";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// An empty archive (no entries) starts with its end-of-central-directory record.
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
// Password-protected .xlsx files are OLE containers holding an "EncryptionInfo" stream,
// whose directory entry name is stored in UTF-16LE.
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/** Tells what kind of file the bytes are before any parsing: null means "a zip, go on". */
export function triageBytes(bytes: Uint8Array): XlsxErrorCode | null {
  if (bytes.length === 0) return "empty_file";
  if (startsWith(bytes, OLE))
    return includesBytes(bytes, ENCRYPTION_INFO) ? "encrypted" : "legacy_format";
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return null;
  return "not_zip";
}

function includesBytes(haystack: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0] ?? 0;
  for (let i = haystack.indexOf(first); i >= 0; i = haystack.indexOf(first, i + 1)) {
    if (i + needle.length > haystack.length) return false;
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j += 1;
    if (j === needle.length) return true;
  }
  return false;
}
