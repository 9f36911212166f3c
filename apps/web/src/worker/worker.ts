// The Worker's side of the page: runs the county job off the page's thread and writes
// 县汇总.xlsx on request. The Worker runs the page's core script from a Blob URL (file:// pages
// may not load worker files; see core.ts and startWorker.ts), which calls serveCountyJobs; the
// page cancels a run by terminating it.
import { streamPlan } from "@zsyz/xlsx";
import type { CountyRun } from "@zsyz/county";
import type { FromWorker, ToWorker } from "./protocol.js";
import { runJob } from "./runJob.js";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The part of a dedicated Worker's global scope the county Worker uses. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

// The last run stays here so 合并 writes exactly what 检查 showed, without reading again.
let last: CountyRun | null = null;

async function handle(message: ToWorker, post: (message: FromWorker) => void): Promise<void> {
  if (message.type === "run") {
    last = null;
    const { run, view } = await runJob(message.job, (done, total, file) =>
      post({ type: "progress", done, total, file }),
    );
    last = run;
    post({ type: "result", view });
    return;
  }
  if (!last) throw new Error("write requested before a run");
  // Chunks go straight into the Blob's parts: 项目明细 is generated while it is compressed.
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let reported = 0;
  for (const chunk of streamPlan(last.plan)) {
    parts.push(chunk as Uint8Array<ArrayBuffer>);
    bytes += chunk.length;
    // A county of 300,000 projects takes a while to compress: say how far it is every 2 MB.
    if (bytes - reported >= 2 ** 21) {
      reported = bytes;
      post({ type: "writing", bytes });
    }
  }
  post({ type: "workbook", blob: new Blob(parts, { type: XLSX_TYPE }) });
}

/** Answers the page's `run` and `write` messages inside the Worker, for the Worker's lifetime. */
export function serveCountyJobs(scope: WorkerScope): void {
  const post = (message: FromWorker): void => scope.postMessage(message);
  scope.onmessage = (event) => {
    handle(event.data, post).catch((thrown: unknown) => {
      // A bug, not a user mistake (bad files are outcomes): say so plainly, log the detail.
      console.error(thrown);
      post({
        type: "failed",
        message: `内部错误：${thrown instanceof Error ? thrown.message : String(thrown)}。请把所用文件和本提示发给信息技术人员`,
      });
    });
  };
}
