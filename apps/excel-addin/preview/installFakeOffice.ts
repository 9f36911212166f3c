import type { FakeExcel } from "../testing/fakeExcel/FakeExcel.js";

/** How the preview's stand-in office.js should behave, for the start-up tests. */
interface FakeOfficeOptions {
  /** What onReady reports as the host (default "Excel"). */
  host?: string;
  /** Requirement-set checks throw, as a broken office.js would during start-up. */
  failRequirements?: boolean;
}

/**
 * Stands in for office.js in the browser preview and end-to-end test: defines the `Office` and
 * `Excel` globals the pane uses (onReady, host types, diagnostics, requirement sets, Excel.run)
 * on top of the fake.
 */
export function installFakeOffice(fake: FakeExcel, options: FakeOfficeOptions = {}): void {
  const diagnostics = fake.diagnostics;
  const host = options.host ?? "Excel";
  const office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host, platform: diagnostics.platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: "zh-CN",
      diagnostics,
      platform: diagnostics.platform,
      requirements: {
        isSetSupported: options.failRequirements
          ? () => {
              throw new Error("Office.context.requirements is not available");
            }
          : fake.isSetSupported,
      },
    },
  };
  Object.assign(globalThis as Record<string, unknown>, {
    Office: office,
    Excel: { run: fake.run },
  });
}
