// The WPS 加载项 files WPS loads by itself: ribbon.xml must start with <customUI (no XML prolog),
// and the ribbon callbacks must be plain, synchronous ECMAScript 5.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "acorn";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("../../wps-addin/", import.meta.url));
const read = (file: string) => readFileSync(`${dir}${file}`, "utf8");

describe("WPS 加载项 files", () => {
  it("ribbon.xml starts with <customUI and names every callback main.js defines", () => {
    const ribbon = read("ribbon.xml");
    expect(ribbon.startsWith("<customUI")).toBe(true);
    const main = read("main.js");
    for (const callback of ribbon.matchAll(/(?:onLoad|onAction|getImage)="(\w+)"/g))
      expect(main).toContain(`function ${callback[1]}(`);
  });

  it("main.js parses as ECMAScript 5, so no callback can be async", () => {
    expect(() => parse(read("main.js"), { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse("async function f() {}", { ecmaVersion: 5 })).toThrow();
  });

  it("opens the shared pane that the build puts in taskpane/", () => {
    expect(read("main.js")).toContain('"/taskpane/wps.html"');
  });

  it("has install scripts Windows PowerShell 5 and cmd.exe read as written", () => {
    // PowerShell 5 reads a script without a BOM in the ANSI code page: the Chinese would garble.
    const ps1 = readFileSync(`${dir}install/install-windows.ps1`);
    expect([...ps1.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // cmd.exe reads .cmd files in the OEM code page, line by line with CRLF: ASCII only.
    const cmd = read("install/install-windows.cmd");
    expect([...cmd].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    expect(cmd.split("\r\n").length).toBeGreaterThan(3);
    expect(cmd).toContain("install-windows.ps1");
  });
});
