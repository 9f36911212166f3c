import {
  settingsParagraphOptions,
  writeCountyParagraph,
  writeUnitParagraph,
  type IndicatorResults,
  type Settings,
} from "@zsyz/indicators";
import { useCallback, useMemo, useState } from "react";
import type { PaneContext } from "./PaneContext.js";

/** 「生成报告」: the paragraph for the county ("") or a unit, copied or inserted into the selected cell. */
export function useReport(
  { host, task }: PaneContext,
  results: IndicatorResults | null,
  settings: Settings,
) {
  const [subject, setSubject] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const { run } = task;
  const text = useMemo(() => {
    if (!results || !shown) return null;
    const options = settingsParagraphOptions(settings);
    return subject === ""
      ? writeCountyParagraph(results, options)
      : writeUnitParagraph(results, subject, options);
  }, [results, subject, settings, shown]);
  const copy = useCallback(async () => {
    if (!text) return;
    const done = await run("正在复制…", async () => {
      await navigator.clipboard.writeText(text);
      return true;
    });
    if (done) setNotice("已复制到剪贴板。");
  }, [text, run]);
  const insert = useCallback(async () => {
    if (!text) return;
    const address = await run("正在插入…", () => host.insertText(text));
    if (address) setNotice(`已插入单元格 ${address}。`);
  }, [host, text, run]);
  const choose = useCallback((next: string) => {
    setSubject(next);
    setNotice(null);
  }, []);
  const generate = useCallback(() => {
    setShown(true);
    setNotice(null);
  }, []);
  return { subject, choose, generate, text, copy, insert, notice };
}
