import type { FakeExcel } from "../testing/fakeExcel/FakeExcel.js";

/**
 * Stands in for office.js in the browser preview and end-to-end test: defines the `Office` and
 * `Excel` globals the pane uses (onReady, requirement sets, Excel.run) on top of the fake.
 */
export function installFakeOffice(fake: FakeExcel): void {
  const office = {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: "zh-CN",
      requirements: { isSetSupported: fake.isSetSupported },
    },
  };
  Object.assign(globalThis as Record<string, unknown>, {
    Office: office,
    Excel: { run: fake.run },
  });
}
