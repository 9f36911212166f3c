import { sampleLedgers } from "@zsyz/ledger/samples";
import { FakeExcel } from "../testing/fakeExcel/FakeExcel.js";
import { installFakeOffice } from "./installFakeOffice.js";

/** What the end-to-end test reads back from the page. */
interface PreviewWindow {
  __zsyzFake?: FakeExcel;
}

// The preview workbook: a messy sample township ledger, so 「校验台账」 has something to find.
// `?sample=N` picks another of the bundled samples, `?api=1.8` simulates an older Excel.
const params = new URLSearchParams(location.search);
const sample = sampleLedgers(2024)[Number(params.get("sample") ?? "2")] ?? sampleLedgers(2024)[2];
const api = params.get("api");
const fake = new FakeExcel({
  name: sample?.file ?? "示例台账.xlsx",
  ...(api ? { apiMinor: Number(api.split(".")[1]) } : {}),
});
if (sample) fake.loadGrid(sample);
installFakeOffice(fake);
(window as PreviewWindow).__zsyzFake = fake;
document.title = `招商台账（预览：${fake.state.name}）`;

// Loaded only after the fake globals exist: index.tsx calls Office.onReady at import time.
void import("../src/index.js");
