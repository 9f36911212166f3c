import type { PaneHost } from "../host/PaneHost.js";
import type { Capabilities } from "../office/capabilities.js";
import type { Task } from "./useTask.js";

/**
 * What every pane hook works with, built once per render in App: the host adapter, what this
 * Excel can do, and the one task runner (busy label, last error).
 */
export interface PaneContext {
  host: PaneHost;
  capabilities: Capabilities;
  task: Task;
}
