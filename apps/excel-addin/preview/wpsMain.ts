import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { FakeEt } from "../testing/wpsFake/FakeEt.js";
import { FakeEtSession } from "../testing/wpsFake/FakeEtSession.js";

/** What the end-to-end test reads back from the page. */
interface PreviewWindow {
  /** The sample workbook, in front at start. */
  __zsyzWps?: FakeEt;
  /** A second open workbook, 「其他乡镇.xlsx」, holding another sample ledger. */
  __zsyzWpsOther?: FakeEt;
  __zsyzWpsSession?: FakeEtSession;
  Application?: FakeEtSession;
}

// The WPS preview: the same sample workbook as the Excel preview, on the in-memory WPS, exposed
// as window.Application the way a WPS 加载项 page sees WPS. `?sample=N` picks another ledger,
// `?value2=flat` the builds that return one-row ranges as flat arrays. A second workbook is open
// behind it, as WPS shows one pane for every open workbook.
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
const other = new FakeEt({ name: "其他乡镇.xlsx" });
other.loadGrid(sampleLedgers(2024)[0]!);
const session = new FakeEtSession([wps, other]);
const win = window as PreviewWindow;
win.Application = session;
win.__zsyzWps = wps;
win.__zsyzWpsOther = other;
win.__zsyzWpsSession = session;
document.title = `招商台账（WPS 预览：${wps.workbookName}）`;

// Loaded only after window.Application exists: wpsIndex.tsx looks for it at import time.
void import("../src/wpsIndex.js");
