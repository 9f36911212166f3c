// wps.html's inline start-up guard must run in the old Chromium of some WPS builds, where the
// pane's ES2020 bundle cannot: it is held to ECMAScript 5 by a real parser.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "acorn";
import { describe, expect, it } from "vitest";

const html = readFileSync(fileURLToPath(new URL("../../wps.html", import.meta.url)), "utf8");
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");

describe("wps.html start-up guard", () => {
  it("is one inline script that parses as ECMAScript 5", () => {
    expect(inline).toHaveLength(1);
    expect(() => parse(inline[0]!, { ecmaVersion: 5 })).not.toThrow();
  });

  it("tests for the ES2020 syntax the bundle is built with (optional chaining, ??)", () => {
    expect(inline[0]).toMatch(/new Function\("[^"]*\?\.[^"]*\?\?[^"]*"\)/);
  });

  it("names the offline page as the way out, and comes before the pane's module", () => {
    expect(inline[0]).toContain("招商台账助手.html");
    expect(html.indexOf("<script>")).toBeLessThan(html.indexOf('<script type="module"'));
  });
});
