// Manual check in Firefox (not part of `npm test`, which has only Chromium): drives Debian's
// firefox-esr over WebDriver BiDi, opens the built page from file://, hands it the sample ledgers
// and the target table, runs 检查 in the Worker and prints the accounting, the headline and any
// console error. Needs `apt-get install firefox-esr` and Node's WebSocket:
//   node --experimental-websocket apps/web/scripts/firefoxSmoke.mjs
/* global WebSocket, setTimeout, console -- Node globals; the page-side code is in strings */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
const ROOT = join(import.meta.dirname, "../../..");
const FIX = join(ROOT, "fixtures/样例");
const files = [
  ...readdirSync(join(FIX, "台账")).map((n) => ({
    name: n,
    b64: readFileSync(join(FIX, "台账", n)).toString("base64"),
  })),
  { name: "任务分解表.xlsx", b64: readFileSync(join(FIX, "任务分解表.xlsx")).toString("base64") },
];
const profile = mkdtempSync(join(tmpdir(), "ff-"));
const ff = spawn(
  "firefox-esr",
  ["--headless", "--remote-debugging-port", "9333", "--profile", profile, "about:blank"],
  { stdio: ["ignore", "pipe", "pipe"] },
);
// Give Firefox time to open its remote agent.
await new Promise((r) => setTimeout(r, 5000));
const ws = new WebSocket("ws://127.0.0.1:9333/session");
await new Promise((ok, bad) => {
  ws.onopen = ok;
  ws.onerror = bad;
});
let id = 0;
const pending = new Map();
const events = [];
ws.onmessage = (m) => {
  const d = JSON.parse(m.data);
  if (d.id && pending.has(d.id)) {
    pending.get(d.id)(d);
    pending.delete(d.id);
  } else events.push(d);
};
const send = (method, params) =>
  new Promise((r) => {
    const i = ++id;
    pending.set(i, r);
    ws.send(JSON.stringify({ id: i, method, params }));
  });
await send("session.new", { capabilities: {} });
await send("session.subscribe", { events: ["log.entryAdded"] });
const tree = await send("browsingContext.getTree", {});
const context = tree.result.contexts[0].context;
const url = pathToFileURL(join(ROOT, "apps/web/dist/招商台账助手.html")).href;
console.log((await send("browsingContext.navigate", { context, url, wait: "complete" })).type);
const evaluate = async (expression) =>
  (await send("script.evaluate", { expression, target: { context }, awaitPromise: true })).result;
const setup = `(() => {
  const files = ${JSON.stringify(files)}.map(f => new File([Uint8Array.from(atob(f.b64), c => c.charCodeAt(0))], f.name));
  const dt = new DataTransfer(); for (const f of files) dt.items.add(f);
  const input = document.querySelector('[data-testid=pick-files]');
  input.files = dt.files; input.dispatchEvent(new Event('change', { bubbles: true }));
  return document.querySelector('[data-testid=file-count]')?.textContent ?? 'none';
})()`;
console.log("setup", JSON.stringify(await evaluate(setup)));
await new Promise((r) => setTimeout(r, 500));
console.log(
  "count",
  JSON.stringify(await evaluate(`document.querySelector('[data-testid=file-count]')?.textContent`)),
);
// as-of: React's controlled input needs the native setter + input event.
await evaluate(
  `(() => { const i = document.querySelector('[data-testid=as-of]'); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(i, '2024-09-30'); i.dispatchEvent(new Event('input', { bubbles: true })); })()`,
);
await evaluate(`document.querySelector('[data-testid=start]').click()`);
let text = null;
for (let i = 0; i < 120 && !text; i++) {
  await new Promise((r) => setTimeout(r, 500));
  const r = await evaluate(
    `document.querySelector('[data-testid=accounting]')?.textContent ?? null`,
  );
  if (r?.result?.value) text = r.result.value;
}
console.log("accounting", text);
console.log(
  "headline",
  JSON.stringify(await evaluate(`document.querySelector('[data-testid=headline]')?.textContent`)),
);
console.log(
  "errors",
  JSON.stringify(events.filter((e) => e.params?.level === "error").map((e) => e.params.text)),
);
ws.close();
ff.kill();
