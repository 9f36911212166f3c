// index.html's inline start-up guard must run in Internet Explorer 11 and the legacy Edge web view,
// where the pane's bundle cannot: it is held to ECMAScript 5 by a real parser.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "acorn";
import { describe, expect, it } from "vitest";

const html = readFileSync(fileURLToPath(new URL("../index.html", import.meta.url)), "utf8");
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");

describe("index.html start-up guard", () => {
  it("is one inline script that parses as ECMAScript 5", () => {
    expect(inline).toHaveLength(1);
    expect(() => parse(inline[0]!, { ecmaVersion: 5 })).not.toThrow();
  });

  it("would be caught using ES2015 (the parser really checks)", () => {
    expect(() => parse("const a = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  it("runs before the module bundle and names the offline page in every message", () => {
    expect(html.indexOf("<script>")).toBeLessThan(html.indexOf('<script type="module"'));
    expect(inline[0]).toContain("招商台账助手.html");
    for (const kind of ["old_webview", "office_missing", "not_excel", "failed"])
      expect(inline[0]).toContain(`${kind}: {`);
  });
});
