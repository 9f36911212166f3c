import { useCallback, useEffect, useRef, useState } from "react";
import { startWorker } from "./startWorker.js";
import type { FromWorker, Job, RunView } from "./worker/protocol.js";

/** Where a run stands, as the page shows it. */
export type RunState =
  | { phase: "idle" }
  | { phase: "running"; done: number; total: number; file: string }
  | { phase: "done"; view: RunView }
  | { phase: "cancelled" }
  | { phase: "failed"; message: string };

/**
 * The county Worker: `start` reads and computes off the page's thread with progress per file,
 * `cancel` terminates it at once (a file being read cannot otherwise be interrupted; the next
 * run starts a new one), and `write` asks the finished run for 县汇总.xlsx.
 */
export function useCountyWorker() {
  const [state, setState] = useState<RunState>({ phase: "idle" });
  const worker = useRef<Worker | null>(null);
  const pendingWrite = useRef<{
    resolve: (b: Blob) => void;
    reject: (e: Error) => void;
    onBytes: (bytes: number) => void;
  } | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    pendingWrite.current?.reject(new Error("已取消"));
    pendingWrite.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (job: Job) => {
      // A Worker that finished a run is reused: its compiled code makes the next run faster.
      const w = worker.current ?? startWorker();
      worker.current = w;
      setState({ phase: "running", done: 0, total: job.inputs.length, file: "" });
      w.onmessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.type === "progress") setState({ phase: "running", ...m });
        else if (m.type === "result") setState({ phase: "done", view: m.view });
        else if (m.type === "writing") pendingWrite.current?.onBytes(m.bytes);
        else if (m.type === "workbook") {
          pendingWrite.current?.resolve(m.blob);
          pendingWrite.current = null;
        } else {
          if (pendingWrite.current) {
            pendingWrite.current.reject(new Error(m.message));
            pendingWrite.current = null;
          } else setState({ phase: "failed", message: m.message });
        }
      };
      w.onerror = (event) => {
        event.preventDefault();
        // Out of memory or a script error inside the Worker: the run is over.
        stop();
        setState({
          phase: "failed",
          message: `计算中断（${event.message || "浏览器终止了后台计算，可能是内存不足"}）。可减少一次处理的文件数后重试`,
        });
      };
      w.postMessage({ type: "run", job });
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ phase: "cancelled" });
  }, [stop]);

  const write = useCallback(
    (onBytes: (bytes: number) => void) =>
      new Promise<Blob>((resolve, reject) => {
        const w = worker.current;
        if (!w) return reject(new Error("请先检查"));
        pendingWrite.current = { resolve, reject, onBytes };
        w.postMessage({ type: "write" });
      }),
    [],
  );

  return { state, start, cancel, write };
}
