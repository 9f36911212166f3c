import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { FakeExcel } from "../testing/fakeExcel/FakeExcel.js";
import type { FakePlatform } from "../testing/fakeExcel/FakeRequestContext.js";
import { installFakeOffice } from "./installFakeOffice.js";

/** What the end-to-end test reads back from the page. */
interface PreviewWindow {
  __zsyzFake?: FakeExcel;
}

// The preview workbook: a messy sample township ledger, so 「校验台账」 has something to find,
// with the sample target table and a completion table.
// `?sample=N` picks another of the bundled samples, `?api=1.8` simulates an older Excel,
// `?platform=windows` another platform; for the start-up messages: `?office=missing` (no
// office.js), `?host=Word` (not Excel), `?startup=throw` (office.js failing during start-up).
const params = new URLSearchParams(location.search);
const sample = sampleLedgers(2024)[Number(params.get("sample") ?? "2")] ?? sampleLedgers(2024)[2];
const api = params.get("api");
const platform = params.get("platform");
const fake = new FakeExcel({
  name: sample?.file ?? "示例台账.xlsx",
  ...(api ? { apiMinor: Number(api.split(".")[1]) } : {}),
  ...(platform ? { platform: platform as FakePlatform } : {}),
});
// Beside the ledger, as a county office keeps them: the target table and a unit's completion table
// (for 「一键计算」's targets and 「填充完成率公式」).
const targets = sampleTargets().sheets[0];
const completion = makeSheet("完成情况", [
  ["单位", "签约资金任务（万元）", "签约资金完成（万元）", "签约资金完成率"],
  ["东城街道", 100000, 20000, null],
  ["河西乡", 80000, 60000, null],
]);
if (sample)
  fake.loadGrid({
    ...sample,
    sheets: [...sample.sheets, ...(targets ? [targets] : []), completion],
  });
if (params.get("office") !== "missing")
  installFakeOffice(fake, {
    ...(params.get("host") ? { host: params.get("host")! } : {}),
    failRequirements: params.get("startup") === "throw",
  });
(window as PreviewWindow).__zsyzFake = fake;
document.title = `招商台账（预览：${fake.state.name}）`;

// Loaded only after the fake globals exist: index.tsx calls Office.onReady at import time.
void import("../src/index.js");
