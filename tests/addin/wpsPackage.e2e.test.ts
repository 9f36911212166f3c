// The WPS 加载项 as `npm run build:wps` packs it: a fresh production build, assembled and packed
// into zsyz.7z by apps/excel-addin/scripts/wpsPackage.ts, then read back out of the archive. The
// offline package must hold what WPS loads (ribbon.xml starting with <customUI, main.js,
// index.html) and the pane, and nothing in it may reach the network.
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import type { Server } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { chromium } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildWpsPackage,
  extract7z,
  list7z,
  WPS_FOLDER,
} from "../../apps/excel-addin/scripts/wpsPackage.js";

const APP = fileURLToPath(new URL("../../apps/excel-addin/", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";

/** Absolute URLs a package file may contain because nothing fetches them: XML namespaces, docs. */
const NOT_FETCHED = [
  /^http:\/\/www\.w3\.org\//,
  /^http:\/\/schemas\.microsoft\.com\/office\/2006\/01\/customui$/,
  /^https:\/\/react\.dev\/errors\/$/,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).replace(/\\/g, "/"));
}

/** Serves the unpacked add-in on 127.0.0.1 and opens a Chromium page; `use` gets the page and origin. */
async function withPackagePage(
  dir: string,
  use: (page: Page, origin: string) => Promise<void>,
): Promise<void> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    try {
      const body = readFileSync(join(dir, path));
      const type = { ".html": "text/html; charset=utf-8", ".js": "text/javascript" }[extname(path)];
      res.writeHead(200, { "content-type": type ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    await use(page, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

describe("the offline WPS package (zsyz.7z)", () => {
  let work: string;
  let out: string;
  let entries: string[];
  let unpacked: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "zsyz-wps-"));
    const dist = join(work, "dist");
    // As `npm run build:wps` builds it: Vite keeps development-only code while NODE_ENV is
    // vitest's "test".
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({
        root: APP,
        configFile: join(APP, "vite.config.ts"),
        logLevel: "warn",
        build: { outDir: dist, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    out = join(work, "dist-wps");
    const built = await buildWpsPackage({ app: APP, dist, out });
    entries = await list7z(built.archive);
    unpacked = join(await extract7z(built.archive, "unpacked"), WPS_FOLDER);
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("holds the add-in folder zsyz_1.0.0 with ribbon.xml, main.js, index.html and the pane", () => {
    for (const file of [
      "ribbon.xml",
      "main.js",
      "index.html",
      "images/zsyz.png",
      "taskpane/wps.html",
    ])
      expect(entries).toContain(`${WPS_FOLDER}/${file}`);
    expect(entries.every((e) => e.startsWith(`${WPS_FOLDER}/`))).toBe(true);
    // Every script and stylesheet the pane page names is packed beside it.
    const pane = readFileSync(join(unpacked, "taskpane/wps.html"), "utf8");
    const refs = [...pane.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => r.endsWith(".js")).length).toBeGreaterThan(0);
    for (const ref of refs) expect(entries).toContain(`${WPS_FOLDER}/taskpane/${normalize(ref)}`);
  });

  it("has a ribbon.xml that starts with <customUI and a main.js that opens the packed pane", () => {
    const ribbon = readFileSync(join(unpacked, "ribbon.xml"), "utf8");
    expect(ribbon.startsWith("<customUI")).toBe(true);
    expect(ribbon).toContain('label="招商台账"');
    const main = readFileSync(join(unpacked, "main.js"), "utf8");
    const pane = /"\/(taskpane\/[^"]+)"/.exec(main)?.[1];
    expect(pane && statSync(join(unpacked, pane)).isFile()).toBe(true);
    expect(readFileSync(join(unpacked, "index.html"), "utf8")).toContain('src="main.js"');
  });

  it("names no address that would be fetched: pages load only files beside them", () => {
    const texts = filesUnder(unpacked).filter((f) =>
      [".html", ".js", ".xml", ".css"].includes(extname(f)),
    );
    expect(texts.length).toBeGreaterThan(4);
    for (const file of texts) {
      const text = readFileSync(join(unpacked, file), "utf8");
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g))
        expect(
          NOT_FETCHED.some((ok) => ok.test(url)),
          `${file}: ${url}`,
        ).toBe(true);
      if (file.endsWith(".html"))
        for (const [, ref] of text.matchAll(/(?:src|href)="([^"]+)"/g))
          expect(ref, `${file}: ${ref}`).toMatch(/^\.{0,2}\/?[\w./-]+$/);
      // The only fetch is Vite's module-preload helper, which fetches a <link>'s (relative) href.
      for (const [call] of text.matchAll(/\bfetch\([^,)]*/g))
        expect(call, file).toMatch(/^fetch\(\w+\.href$/);
      expect(text, file).not.toMatch(/XMLHttpRequest|new WebSocket|EventSource|sendBeacon/);
    }
  });

  it("installs for a Linux user with install-linux.sh, keeping the other add-ins registered", () => {
    const home = join(work, "home");
    const addons = join(home, ".local/share/Kingsoft/wps/jsaddons");
    mkdirSync(addons, { recursive: true });
    const other = '<jspluginonline name="oa" type="wps" url="http://oa.local/addin/" />';
    writeFileSync(
      join(addons, "publish.xml"),
      `<?xml version="1.0"?><jsplugins>${other}</jsplugins>`,
    );
    const install = () =>
      execFileSync("sh", [join(out, "install-linux.sh")], {
        env: { ...process.env, HOME: home },
        encoding: "utf8",
      });
    expect(install()).toContain("已安装「招商台账」WPS 加载项");
    install();
    const publish = readFileSync(join(addons, "publish.xml"), "utf8");
    expect(publish).toContain(other);
    const ours = [...publish.matchAll(/<jsplugin [^>]*name="zsyz"[^>]*\/>/g)].map((m) => m[0]);
    expect(ours).toEqual([
      `<jsplugin name="zsyz" type="et" url="file://${addons}/zsyz.7z" version="1.0.0" enable="true" install="null"/>`,
    ]);
    expect(readFileSync(join(addons, WPS_FOLDER, "ribbon.xml"), "utf8")).toMatch(/^<customUI/);
    expect(statSync(join(addons, "zsyz.7z")).size).toBe(statSync(join(out, "zsyz.7z")).size);
  });

  it("loads in Chromium from the package without a single request leaving the machine", async () => {
    await withPackagePage(unpacked, async (page, origin) => {
      const requests: string[] = [];
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.route("**/*", (route) => {
        requests.push(route.request().url());
        return route.request().url().startsWith(origin) ? route.continue() : route.abort();
      });
      await page.goto(`${origin}/index.html`);
      await page.goto(`${origin}/taskpane/wps.html`);
      // Outside WPS the pane says where it belongs instead of staying blank.
      await page
        .getByRole("alert")
        .getByText(/没有找到 WPS 表格的接口/)
        .waitFor();
      expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
      expect(requests.some((u) => u.includes("/taskpane/assets/"))).toBe(true);
      expect(errors).toEqual([]);
    });
  });

  it("says so, instead of a blank pane, where WPS's browser is too old for the pane", async () => {
    await withPackagePage(unpacked, async (page, origin) => {
      // An old Chromium: ES2020 syntax does not parse, so neither does the pane's bundle.
      await page.addInitScript(() => {
        const native = window.Function;
        window.Function = function (...args: string[]) {
          if (args.some((a) => a.includes("?.") || a.includes("??")))
            throw new SyntaxError("Unexpected token '.'");
          return native(...args);
        } as unknown as FunctionConstructor;
      });
      await page.route("**/taskpane/assets/*.js", (route) => route.abort());
      await page.goto(`${origin}/taskpane/wps.html`);
      await page
        .getByRole("alert")
        .getByText(/内置浏览器版本过旧/)
        .waitFor();
      expect(await page.getByRole("alert").innerText()).toContain("招商台账助手.html");
    });
  });

  it("says the pane did not start when its files never arrive", async () => {
    await withPackagePage(unpacked, async (page, origin) => {
      await page.clock.install();
      await page.route("**/taskpane/assets/*.js", (route) => route.abort());
      await page.goto(`${origin}/taskpane/wps.html`);
      await page.clock.fastForward(21_000);
      await page
        .getByRole("alert")
        .getByText(/窗格没有启动/)
        .waitFor();
    });
  });
});
