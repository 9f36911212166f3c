// First: built-ins the bundle calls that an older WPS browser lacks, in place before the pane runs.
import "./wps/legacyBuiltins.js";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { EtApplication } from "./wps/wpsApi.js";
import { createPartsBoard } from "./wps/partsBoard.js";
import { WpsPartsNotice } from "./wps/WpsPartsNotice.js";
import { WpsPane } from "./wps/WpsPane.js";

/** What a WPS 加载项 page has: the ET application (window.Application; wps.EtApplication() in older builds). */
interface WpsWindow {
  Application?: EtApplication;
  wps?: { EtApplication?: () => EtApplication };
}

function etApplication(): EtApplication | undefined {
  const w = window as Window & WpsWindow;
  if (w.Application && "ActiveWorkbook" in w.Application) return w.Application;
  return w.wps?.EtApplication?.();
}

/** A Chinese message in place of the pane, when it cannot start (opened outside WPS 表格). */
function showProblem(text: string): void {
  const root = document.getElementById("root");
  if (!root) return;
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.style.cssText = "margin:16px;padding:12px;border:1px solid #f1bbbc;background:#fdf3f4;";
  box.textContent = text;
  root.replaceChildren(box);
}

// The WPS entry: the same App as Excel's, on the WPS host, one per workbook the pane works on.
const app = etApplication();
const container = document.getElementById("root");
if (!app || !container) {
  showProblem(
    "没有找到 WPS 表格的接口：本页面是 WPS 表格加载项「招商台账」的窗格，请在 WPS 表格的「开始」选项卡点击「招商台账」打开。也可以改用离线网页版「招商台账助手.html」。",
  );
} else {
  // Parts of a write this WPS build refused, shown under the shared pane.
  const board = createPartsBoard();
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} lang="zh-CN">
        <WpsPane app={app} board={board} />
        <WpsPartsNotice board={board} />
      </FluentProvider>
    </StrictMode>,
  );
}
