import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainLegacyFailure, isEncryptedLegacy } from "./convertLegacy.js";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const BOF8 = [0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, ...Array<number>(12).fill(0)];
const BOF5 = [0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0, 0, 0, 0];

/** An OLE file whose workbook stream (at sector 4) starts with `records`. */
const oleFile = (records: readonly number[], extra: readonly number[] = []): Uint8Array =>
  new Uint8Array([
    ...OLE,
    ...Array<number>(504).fill(0),
    ...extra,
    ...Array<number>(1536).fill(0),
    ...records,
    ...Array<number>(200).fill(0),
  ]);

describe("isEncryptedLegacy()", () => {
  it("finds FILEPASS right after a BIFF8 or BIFF5 BOF: a password-protected .xls/.et", () => {
    expect(isEncryptedLegacy(oleFile([...BOF8, 0x2f, 0x00, 0x36, 0x00]))).toBe(true);
    expect(isEncryptedLegacy(oleFile([...BOF5, 0x2f, 0x00, 0x06, 0x00]))).toBe(true);
  });

  it("finds the EncryptionInfo stream of an encrypted .xlsx saved under an .xls name", () => {
    const name = Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]);
    expect(isEncryptedLegacy(oleFile([], name))).toBe(true);
  });

  it("reads an ordinary .xls (INTERFACEHDR after BOF), a zip or nothing as not encrypted", () => {
    expect(isEncryptedLegacy(oleFile([...BOF8, 0xe1, 0x00, 0x02, 0x00, 0xb0, 0x04]))).toBe(false);
    expect(isEncryptedLegacy(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...BOF8, 0x2f, 0x00]))).toBe(
      false,
    );
    expect(isEncryptedLegacy(new Uint8Array())).toBe(false);
  });
});

describe("explainLegacyFailure()", () => {
  it("says a password-protected .xls has an opening password, not that LibreOffice is missing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-legacy-"));
    const path = join(dir, "加密.xls");
    await writeFile(path, oleFile([...BOF8, 0x2f, 0x00, 0x36, 0x00]));
    const message = await explainLegacyFailure(path);
    expect(message).toContain("打开密码");
    expect(message).not.toContain("LibreOffice");
  });
});
