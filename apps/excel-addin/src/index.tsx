import { FluentProvider } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { detectCapabilities } from "./office/capabilities.js";
import { officeHost } from "./office/host.js";
import { pickTheme } from "./officeTheme.js";

// The only place that waits for Office.js: everything below receives the host as a prop.
void Office.onReady(() => {
  const host = officeHost();
  const capabilities = detectCapabilities(host);
  const container = document.getElementById("root");
  if (!container) throw new Error("index.html has no #root element");
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={pickTheme(Office.context?.officeTheme)} lang="zh-CN">
        <App host={host} capabilities={capabilities} />
      </FluentProvider>
    </StrictMode>,
  );
});
