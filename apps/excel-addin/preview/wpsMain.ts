import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { FakeEt } from "../testing/wpsFake/FakeEt.js";

/** What the end-to-end test reads back from the page. */
interface PreviewWindow {
  __zsyzWps?: FakeEt;
  Application?: FakeEt;
}

// The WPS preview: the same sample workbook as the Excel preview, on the in-memory WPS, exposed
// as window.Application the way a WPS 加载项 page sees WPS. `?sample=N` picks another ledger,
// `?value2=flat` the builds that return one-row ranges as flat arrays.
const params = new URLSearchParams(location.search);
const sample = sampleLedgers(2024)[Number(params.get("sample") ?? "2")] ?? sampleLedgers(2024)[2];
const wps = new FakeEt({
  name: sample?.file ?? "示例台账.xlsx",
  value2Shape: params.get("value2") === "flat" ? "flat" : "2d",
});
const targets = sampleTargets().sheets[0];
if (sample)
  wps.loadGrid({
    ...sample,
    sheets: [
      ...sample.sheets,
      ...(targets ? [targets] : []),
      makeSheet("完成情况", [
        ["单位", "签约资金任务（万元）", "签约资金完成（万元）", "签约资金完成率"],
        ["东城街道", 100000, 20000, null],
      ]),
    ],
  });
const win = window as PreviewWindow;
win.Application = wps;
win.__zsyzWps = wps;
document.title = `招商台账（WPS 预览：${wps.workbookName}）`;

// Loaded only after window.Application exists: wpsIndex.tsx looks for it at import time.
void import("../src/wpsIndex.js");
