import { FluentProvider } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { excelPaneHost } from "./office/excelPaneHost.js";
import { officeHost } from "./office/host.js";
import { pickTheme } from "./officeTheme.js";

/** What index.html's ES5 start-up guard offers the bundle (see its inline script). */
interface StartupGuard {
  zsyzStartupProblem?: (kind: "office_missing" | "not_excel" | "failed", detail?: string) => void;
  zsyzBlocked?: boolean;
  zsyzMounted?: boolean;
}

const guard = window as Window & StartupGuard;

function problem(kind: "office_missing" | "not_excel" | "failed", detail?: string): void {
  guard.zsyzStartupProblem?.(kind, detail);
}

function mount(): void {
  const host = excelPaneHost(officeHost());
  const container = document.getElementById("root");
  if (!container) throw new Error("index.html has no #root element");
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={pickTheme(Office.context?.officeTheme)} lang="zh-CN">
        <App host={host} />
      </FluentProvider>
    </StrictMode>,
  );
  guard.zsyzMounted = true;
}

// The only place that waits for Office.js: everything below receives the host as a prop. Every
// way start-up can fail ends in a visible Chinese message from index.html's guard, never a blank pane.
if (guard.zsyzBlocked) {
  // An old web view: the guard already says so.
} else if (typeof Office === "undefined") {
  problem("office_missing");
} else {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      problem("not_excel", String(info.host ?? "未知程序"));
      return;
    }
    try {
      mount();
    } catch (e) {
      console.error(e);
      problem("failed", e instanceof Error ? e.message : String(e));
    }
  }).catch((e: unknown) => {
    console.error(e);
    problem("failed", e instanceof Error ? e.message : String(e));
  });
}
