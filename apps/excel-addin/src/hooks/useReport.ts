import type { CountyRun } from "@zsyz/county";
import type { Settings } from "@zsyz/indicators";
import { useCallback, useMemo, useState } from "react";
import type { PaneContext } from "./PaneContext.js";
import { copyText } from "./copyText.js";

/**
 * 「生成报告」: the paragraphs 一键计算 drafted (as its 报告摘要 sheet holds them: the county's,
 * 各单位完成情况, 存在的问题, each unit's), one chosen at a time, copied or inserted into the
 * selected cell. `stale` says the settings changed since that run.
 */
export function useReport(
  { host, task }: PaneContext,
  computed: { run: CountyRun; settings: Settings } | null,
  settings: Settings,
) {
  const [subject, setSubject] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const { run } = task;
  const paragraphs = computed?.run.paragraphs ?? null;
  const text = useMemo(() => {
    if (!paragraphs || !shown) return null;
    return (paragraphs[subject] ?? paragraphs[0])?.text ?? null;
  }, [paragraphs, subject, shown]);
  const stale = computed !== null && computed.settings !== settings;
  const copy = useCallback(async () => {
    if (!text) return;
    const done = await run("正在复制…", async () => {
      await copyText(text, { program: host.name });
      return true;
    });
    if (done) setNotice("已复制到剪贴板。");
  }, [host, text, run]);
  const insert = useCallback(async () => {
    if (!text) return;
    const address = await run("正在插入…", () => host.insertText(text));
    if (address) setNotice(`已插入单元格 ${address}。`);
  }, [host, text, run]);
  const choose = useCallback((next: number) => {
    setSubject(next);
    setNotice(null);
  }, []);
  const generate = useCallback(() => {
    setShown(true);
    setNotice(null);
  }, []);
  const subjects = useMemo(() => paragraphs?.map((p) => p.subject) ?? null, [paragraphs]);
  return { subjects, subject, choose, generate, text, copy, insert, notice, stale };
}
