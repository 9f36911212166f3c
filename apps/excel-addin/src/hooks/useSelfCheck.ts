import { useCallback, useState } from "react";
import { formatSelfCheck } from "../office/selfCheck.js";
import type { PaneContext } from "./PaneContext.js";
import { copyText } from "./copyText.js";

/** The local time as "2024-10-08 09:30", for the report's heading. */
function now(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 「自检」: runs the capability check, keeps the report text, copies it. */
export function useSelfCheck({ host, task }: PaneContext) {
  const [report, setReport] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run } = task;
  const check = useCallback(async () => {
    setNotice(null);
    const found = await run("正在自检…", () => host.selfCheck());
    if (found) setReport(formatSelfCheck(found, now()));
  }, [host, run]);
  const copy = useCallback(async () => {
    if (!report) return;
    const done = await run("正在复制…", async () => {
      await copyText(report, { program: host.name });
      return true;
    });
    if (done) setNotice("已复制。反映问题时请把这份报告一并发给技术人员。");
  }, [host, report, run]);
  return { report, notice, check, copy };
}
