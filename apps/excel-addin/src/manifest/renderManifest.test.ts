// Offline checks of the manifest (the online validator, `npm run validate:manifest`, needs the network).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { OfficeAddinManifest } from "office-addin-manifest";
import { describe, expect, it } from "vitest";
import { ADDIN, ICON_SIZES, iconPath } from "./addinConfig.js";
import { renderManifest } from "./renderManifest.js";

const APP = fileURLToPath(new URL("../../", import.meta.url));
const DEV_FILE = `${APP}manifest.xml`;
const PROD_BASE = "https://intranet.example/zsyz/";
const prod = renderManifest({ baseUrl: PROD_BASE });
/** Files the build serves: everything in public/ plus the two HTML entries of vite.config.ts. */
const servedFile = (path: string): boolean =>
  ["index.html", "commands.html"].includes(path) || existsSync(`${APP}public/${path}`);
const attr = (xml: string, name: string): string[] =>
  [...xml.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((m) => m[1] ?? "");

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("renderManifest()", () => {
  it("is what manifest.xml holds for the dev URL (run `npm run manifest` after changing it)", () => {
    expect(readFileSync(DEV_FILE, "utf8")).toBe(renderManifest({ baseUrl: ADDIN.devBaseUrl }));
  });

  it("parses as an Excel task pane add-in with zh-CN defaults and ReadWriteDocument only", async () => {
    const info = await OfficeAddinManifest.readManifestFile(DEV_FILE);
    expect(info).toMatchObject({
      id: ADDIN.id,
      officeAppType: "TaskPaneApp",
      defaultLocale: "zh-CN",
      displayName: "招商台账",
      permissions: "ReadWriteDocument",
      hosts: ["Workbook"],
      version: ADDIN.version,
    });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("puts a 「招商台账」 button that opens the task pane on the Home tab", () => {
    expect(prod).toMatch(
      /<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">/,
    );
    expect(prod).toContain(`<bt:String id="Button.Label" DefaultValue="招商台账">`);
  });

  it("gives the display name, description and every string an en-US override", () => {
    const defaults = (prod.match(/<(DisplayName|Description|bt:String)[^>]* DefaultValue=/g) ?? [])
      .length;
    const overrides = (prod.match(/Locale="en-US"/g) ?? []).length;
    expect(overrides).toBe(defaults);
  });

  it("defines every resid it uses, once", () => {
    const defined = attr(prod, " id").filter((id) => /\./.test(id) && !id.startsWith("Zsyz."));
    const used = new Set(attr(prod, "resid"));
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
  });

  it("keeps short strings within 125 and long strings within 250 characters", () => {
    const section = (tag: string): string[] =>
      attr(prod.split(`<bt:${tag}>`)[1]?.split(`</bt:${tag}>`)[0] ?? "", "(?:DefaultValue|Value)");
    for (const s of section("ShortStrings")) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of section("LongStrings")) expect(s.length).toBeLessThanOrEqual(250);
  });

  it("points every URL at a file the build serves, under the base URL given", () => {
    const urls = attr(prod, "(?:DefaultValue|Value)").filter((v) => v.startsWith("http"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(PROD_BASE)).toBe(true);
      expect(servedFile(url.slice(PROD_BASE.length)), url).toBe(true);
    }
  });

  it("has every icon as a PNG of its stated size", () => {
    for (const size of ICON_SIZES)
      expect(pngSize(`${APP}public/${iconPath(size)}`)).toEqual([size, size]);
    for (const size of attr(prod, "size")) expect(prod).toContain(`icon-${size}.png`);
  });

  it("admits only Excel with ExcelApi 1.7 (Excel 2019), the level every button's base needs", () => {
    expect(renderManifest({ baseUrl: "https://x.example/" })).toContain(
      '<Set Name="ExcelApi" MinVersion="1.7"/>',
    );
  });
});
