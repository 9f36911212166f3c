import type { XlRequestContext } from "./excelApi.js";

/**
 * What the adapter needs from Excel: `Excel.run` and the requirement-set check. Production passes
 * the real Office.js globals (officeHost); tests and the browser preview pass the fake.
 */
export interface ExcelHost {
  run<T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version?: string): boolean;
  /** Office.context.diagnostics: the platform ("PC", "Mac", "OfficeOnline") and Excel's version. */
  readonly diagnostics: { platform: string; version: string };
}

/** The host backed by the Office.js globals; call only after Office.onReady. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    get diagnostics() {
      const d = Office.context.diagnostics;
      return { platform: String(d?.platform ?? "未知"), version: d?.version ?? "未知" };
    },
  };
}
