// The one script of 招商台账助手.html, run twice: in the page it mounts the app under Fluent UI's
// light theme; started again as the county Worker (startWorker.ts) it serves runs instead.
// One script for both keeps the page one inline script and the code in it once.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { keepOwnSource } from "./startWorker.js";
import { serveCountyJobs, type WorkerScope } from "./worker/worker.js";

if (typeof document === "undefined") {
  serveCountyJobs(self as unknown as WorkerScope);
} else {
  // Only while this script runs is it document.currentScript: kept now for the Worker.
  keepOwnSource(document.currentScript?.textContent ?? null);
  const root = document.getElementById("root");
  if (!root) throw new Error("#root missing from the page");
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>
    </StrictMode>,
  );
}
