// Assembles the WPS 加载项 folder from the production build: `npm run build:wps` runs
// `vite build` first, then this. dist-wps/zsyz_1.0.0/ is what publish.xml (offline) or
// jsplugins.xml (online, served from an intranet server) points at.
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const APP = fileURLToPath(new URL("..", import.meta.url));
const DIST = `${APP}dist/`;
const OUT = `${APP}dist-wps/zsyz_1.0.0/`;

if (!existsSync(`${DIST}wps.html`)) {
  console.error("没有找到 dist/wps.html：请先运行 vite build（npm run build:wps 会先构建）。");
  process.exit(1);
}
rmSync(`${APP}dist-wps`, { recursive: true, force: true });
mkdirSync(`${OUT}images`, { recursive: true });
for (const file of ["ribbon.xml", "main.js", "index.html"])
  cpSync(`${APP}wps-addin/${file}`, `${OUT}${file}`);
cpSync(`${APP}public/assets/icon-32.png`, `${OUT}images/zsyz.png`);
// The pane: wps.html and the bundle it shares with the Excel pane.
mkdirSync(`${OUT}taskpane`, { recursive: true });
cpSync(`${DIST}wps.html`, `${OUT}taskpane/wps.html`);
cpSync(`${DIST}assets`, `${OUT}taskpane/assets`, { recursive: true });
cpSync(`${APP}wps-addin/examples`, `${APP}dist-wps/examples`, { recursive: true });
console.log(`wrote ${OUT}`);
