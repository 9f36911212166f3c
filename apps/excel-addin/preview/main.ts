import { sampleLedgers } from "@zsyz/ledger/samples";
import { FakeExcel } from "../testing/fakeExcel/FakeExcel.js";
import type { FakePlatform } from "../testing/fakeExcel/FakeRequestContext.js";
import { installFakeOffice } from "./installFakeOffice.js";

/** What the end-to-end test reads back from the page. */
interface PreviewWindow {
  __zsyzFake?: FakeExcel;
}

// The preview workbook: a messy sample township ledger, so 「校验台账」 has something to find.
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
if (sample) fake.loadGrid(sample);
if (params.get("office") !== "missing")
  installFakeOffice(fake, {
    ...(params.get("host") ? { host: params.get("host")! } : {}),
    failRequirements: params.get("startup") === "throw",
  });
(window as PreviewWindow).__zsyzFake = fake;
document.title = `招商台账（预览：${fake.state.name}）`;

// Loaded only after the fake globals exist: index.tsx calls Office.onReady at import time.
void import("../src/index.js");
