import cliProgress from "cli-progress";
import { basename } from "node:path";
import { oneLine } from "./terminalText.js";

/** Reports files done / total: a bar on a terminal, one plain line per file otherwise. */
export interface Progress {
  update: (done: number, total: number, file: string) => void;
  stop: () => void;
}

/** A progress reporter on stderr, so stdout stays clean for the results. */
export function makeProgress(quiet: boolean): Progress {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  if (!process.stderr.isTTY) {
    return {
      update: (done, total, file) => {
        if (file) process.stderr.write(`[${done + 1}/${total}] 读取 ${oneLine(file)}\n`);
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: "读取台账 [{bar}] {value}/{total} {file}",
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total, file) => {
      if (!started) {
        bar.start(total, done, { file: "" });
        started = true;
      }
      bar.update(done, { file: file ? oneLine(basename(file)) : "" });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
