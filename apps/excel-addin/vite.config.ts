import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import type { Plugin, ServerOptions } from "vite";
import { defineConfig } from "vite";
import { decideBaseUrl } from "./src/manifest/productionBaseUrl.js";
import { renderManifest } from "./src/manifest/renderManifest.js";

/** Gzipped JavaScript budget of the production pane (Excel's web view loads it on every open). */
const GZIP_BUDGET_BYTES = 350 * 1024;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Where a self-hosted office.js goes in dist/ (ZSYZ_OFFICE_JS=local). */
const LOCAL_OFFICE_DIR = "office";

/**
 * The pane's HTML per mode: production keeps office.js from Microsoft's CDN, or from the address
 * in ZSYZ_OFFICE_JS_URL, or — with ZSYZ_OFFICE_JS=local, for intranets that cannot reach the CDN —
 * from a copy of the @microsoft/office-js package served beside the pane (officeJsFiles); preview
 * drops it and boots the fake.
 */
function officeJs(mode: string): Plugin {
  const preview = mode === "preview";
  const local = process.env.ZSYZ_OFFICE_JS === "local";
  const url = local
    ? `${LOCAL_OFFICE_DIR}/office.js`
    : (process.env.ZSYZ_OFFICE_JS_URL ?? OFFICE_JS_CDN);
  return {
    name: "zsyz-office-js",
    // "pre": the entry script must be swapped before Vite collects the page's modules.
    transformIndexHtml: {
      order: "pre",
      handler(html) {
        const tag = `<script src="${OFFICE_JS_CDN}"></script>`;
        // The WPS pane (wps.html) loads no office.js; its preview boots the WPS fake instead.
        if (!html.includes(tag)) {
          if (!html.includes("/src/wpsIndex.tsx"))
            throw new Error("index.html no longer loads office.js from the expected tag");
          return preview ? html.replace("/src/wpsIndex.tsx", "/preview/wpsMain.ts") : html;
        }
        if (!preview) return html.replace(tag, `<script src="${url}"></script>`);
        return html
          .replace(tag, "<!-- preview: office.js replaced by the in-memory Excel fake -->")
          .replace("/src/index.tsx", "/preview/main.ts");
      },
    },
    generateBundle() {
      if (preview || !local) return;
      for (const { fileName, source } of officeJsFiles())
        this.emitFile({ type: "asset", fileName: `${LOCAL_OFFICE_DIR}/${fileName}`, source });
    },
  };
}

/**
 * The part of @microsoft/office-js an Excel pane loads: office.js, its host-to-file table, the
 * Excel host scripts and the zh-CN/en-US strings (no debug builds, no other hosts or locales).
 * Microsoft's caveat (the package's README): the npm package is not officially supported and
 * does not update itself the way the CDN does; rebuild with a newer package to refresh it.
 */
function officeJsFiles(): { fileName: string; source: Uint8Array }[] {
  const dist = join(
    dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")),
    "dist",
  );
  const top = readdirSync(dist).filter(
    (f) => /^(office|o15apptofilemappingtable|excel[-\w.]*)\.js$/.test(f) && !f.includes(".debug."),
  );
  const strings = ["zh-cn", "en-us"].flatMap((locale) =>
    readdirSync(join(dist, locale))
      .filter((f) => f.endsWith(".js") && !f.includes(".debug."))
      .map((f) => `${locale}/${f}`),
  );
  return [...top, ...strings].map((fileName) => ({
    fileName,
    source: readFileSync(join(dist, fileName)),
  }));
}

// Test and demo code: the preview build carries it, the production bundle must not.
const NOT_FOR_PRODUCTION = ["./testing/", "./preview/"].map((dir) =>
  fileURLToPath(new URL(dir, import.meta.url)).replace(/\\/g, "/"),
);

/**
 * Prints the gzipped size of every JS chunk and fails the production build above the budget,
 * or when a chunk holds test or demo code (the Excel fake, the preview entry). The preview
 * carries those and the sample ledgers on top, which Excel never loads.
 */
function reportGzipSize(mode: string): Plugin {
  return {
    name: "zsyz-gzip-report",
    apply: "build",
    generateBundle(_options, bundle) {
      let total = 0;
      const lines: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== "chunk") continue;
        const stray = file.moduleIds.filter((id) =>
          NOT_FOR_PRODUCTION.some((dir) => id.replace(/\\/g, "/").startsWith(dir)),
        );
        if (stray.length > 0 && mode !== "preview")
          this.error(`${file.fileName} contains test or demo code: ${stray.join(", ")}`);
        const size = gzipSync(file.code, { level: 9 }).length;
        total += size;
        lines.push(`  ${file.fileName}  ${(size / 1024).toFixed(1)} KB gzip`);
      }
      const summary = `gzipped JS: ${(total / 1024).toFixed(1)} KB (budget ${GZIP_BUDGET_BYTES / 1024} KB)`;
      this.info(["", ...lines, summary].join("\n"));
      if (total > GZIP_BUDGET_BYTES && mode !== "preview") this.error(`${summary}: over budget`);
    },
  };
}

/**
 * Emits dist/manifest.xml for the intranet address in ZSYZ_ADDIN_BASE_URL; without one, no
 * manifest (and a notice); with the placeholder or a non-HTTPS address, the build fails.
 */
function emitManifest(mode: string): Plugin {
  return {
    name: "zsyz-manifest",
    apply: "build",
    generateBundle() {
      if (mode === "preview") return;
      const decision = decideBaseUrl(process.env.ZSYZ_ADDIN_BASE_URL);
      if (decision.kind === "refuse") this.error(decision.message);
      if (decision.kind === "none") {
        this.warn(decision.notice);
        return;
      }
      this.emitFile({
        type: "asset",
        fileName: "manifest.xml",
        source: renderManifest({ baseUrl: decision.baseUrl }),
      });
    },
  };
}

/** HTTPS for the dev server with the Office dev certificates (installed on first use, as yo office does). */
async function devHttps(): Promise<ServerOptions["https"] | undefined> {
  try {
    const certs = await import("office-addin-dev-certs");
    const { key, cert, ca } = await certs.getHttpsServerOptions();
    return { key, cert, ca };
  } catch (e) {
    console.warn(
      "office-addin-dev-certs could not provide certificates:",
      e instanceof Error ? e.message : e,
    );
    return undefined;
  }
}

export default defineConfig(async ({ command, mode }) => {
  const preview = mode === "preview";
  const https = command === "serve" && !preview ? await devHttps() : undefined;
  if (command === "serve" && !preview && !https) {
    console.warn(
      "没有找到开发证书：请先运行 `npx office-addin-dev-certs install`（Excel 只加载 HTTPS 的加载项）。",
    );
  }
  return {
    base: "./",
    plugins: [react(), officeJs(mode), reportGzipSize(mode), emitManifest(mode)],
    build: {
      outDir: preview ? "dist-preview" : "dist",
      emptyOutDir: true,
      target: "es2020",
      chunkSizeWarningLimit: 1024,
      rollupOptions: {
        input: preview
          ? { index: "index.html", wps: "wps.html" }
          : { index: "index.html", commands: "commands.html", wps: "wps.html" },
      },
    },
    server: { port: 3000, strictPort: true, ...(https ? { https } : {}) },
    preview: { port: 3001 },
  };
});
