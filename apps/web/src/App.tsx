import {
  Button,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { defaultAsOf, toIsoDate } from "@zsyz/county";
import { copyToClipboard } from "@zsyz/settings-ui";
import type { IsoDate } from "@zsyz/ledger";
import { useCallback, useState } from "react";
import { type ChosenFile, mergeChosen } from "./collectFiles.js";
import { CheckView } from "./components/CheckView.js";
import { FileChooser } from "./components/FileChooser.js";
import { MergeView } from "./components/MergeView.js";
import { ReportView } from "./components/ReportView.js";
import { AUTO, NONE, RunOptions, type TargetValue } from "./components/RunOptions.js";
import { RunProgress } from "./components/RunProgress.js";
import { SettingsView } from "./components/SettingsView.js";
import { describeSettings } from "./describeSettings.js";
import { saveBlob } from "./saveBlob.js";
import { useBrowserSettings } from "./useBrowserSettings.js";
import { useCountyWorker } from "./useCountyWorker.js";
import type { TargetChoice } from "./worker/protocol.js";

const useStyles = makeStyles({
  page: {
    maxWidth: "960px",
    margin: "0 auto",
    padding: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  title: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  hidden: { display: "none" },
  settingsLine: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
});

type View = "check" | "merge" | "report";
/** The page's two parts: the run (steps 1–3 and the results) and 设置. */
type Part = "run" | "settings";

const toChoice = (value: TargetValue): TargetChoice =>
  value === AUTO
    ? { mode: "auto" }
    : value === NONE
      ? { mode: "none" }
      : { mode: "file", name: value };

/** The whole page: choose files → 检查 → 合并 (download) → 报告; and 设置, kept in the browser. */
export function App() {
  const styles = useStyles();
  const [part, setPart] = useState<Part>("run");
  const settings = useBrowserSettings();
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [target, setTarget] = useState<TargetValue>(AUTO);
  const [asOf, setAsOf] = useState<IsoDate>(() => defaultAsOf(toIsoDate(new Date())));
  const [previous, setPrevious] = useState<File | null>(null);
  const [tab, setTab] = useState<View>("check");
  // null when not writing; else the bytes of 县汇总.xlsx compressed so far.
  const [writing, setWriting] = useState<number | null>(null);
  const [mergeNotice, setMergeNotice] = useState<string | null>(null);
  const [reportNotice, setReportNotice] = useState<string | null>(null);
  const { state, start, cancel, write } = useCountyWorker();
  const running = state.phase === "running";
  // Stable callbacks: the file list and options do not re-render on every progress message.
  const onAdd = useCallback(
    (added: ChosenFile[]) => setFiles((current) => mergeChosen(current, added)),
    [],
  );
  const onClear = useCallback(() => setFiles([]), []);

  // A chosen target table that was removed from the list falls back to finding one by headers.
  const targetValue =
    target === AUTO || target === NONE || files.some((f) => f.name === target) ? target : AUTO;

  const onStart = () => {
    setTab("check");
    setMergeNotice(null);
    setReportNotice(null);
    start({
      inputs: files.map(({ name, file, kind }) => ({ name, file, kind })),
      targets: toChoice(targetValue),
      asOf,
      previous: previous ? { name: previous.name, file: previous } : null,
      settings: settings.settings,
    });
  };
  const onDownload = () => {
    setWriting(0);
    setMergeNotice(null);
    write(setWriting)
      .then((blob) => {
        saveBlob(blob, "县汇总.xlsx");
        setMergeNotice(
          `已生成县汇总.xlsx（${(blob.size / 1024).toFixed(0)} KB），请在浏览器的下载中查看。`,
        );
      })
      .catch((e: unknown) =>
        setMergeNotice(`未能生成：${e instanceof Error ? e.message : String(e)}`),
      )
      .finally(() => setWriting(null));
  };
  const view = state.phase === "done" ? state.view : null;

  return (
    <main className={styles.page}>
      <header className={styles.title}>
        <Text as="h1" size={700} weight="semibold" style={{ margin: 0 }}>
          招商台账助手
        </Text>
        <Text as="p" className={styles.hint}>
          检查、合并各乡镇（街道、园区）报送的招商引资项目台账，生成全县汇总工作簿和报告段落。全部在本机浏览器中完成，不联网，不上传任何文件。
        </Text>
      </header>

      <TabList selectedValue={part} onTabSelect={(_, d) => setPart(d.value as Part)}>
        <Tab value="run">检查与汇总</Tab>
        <Tab value="settings">设置</Tab>
      </TabList>

      {/* Both parts stay mounted: a half-edited 设置 or a run's results survive switching. */}
      <div className={part === "settings" ? undefined : styles.hidden}>
        <SettingsView
          settings={settings.settings}
          loadErrors={settings.loadErrors}
          persistent={settings.persistent}
          saved={settings.saved}
          onSave={settings.save}
          onExportFile={(text) =>
            saveBlob(new Blob([text], { type: "application/json" }), "设置.json")
          }
          lastRun={
            view?.targetsFile
              ? { targetsFile: view.targetsFile, ruleSheets: view.ruleSheets }
              : null
          }
        />
      </div>

      <div className={mergeClasses(styles.part, part !== "run" && styles.hidden)}>
        <section className={styles.step} aria-label="第一步：选择台账">
          <Text weight="semibold" size={500}>
            1. 选择台账
          </Text>
          <FileChooser files={files} disabled={running} onAdd={onAdd} onClear={onClear} />
        </section>

        <section className={styles.step} aria-label="第二步：任务分解表、截至日期和上期汇总">
          <Text weight="semibold" size={500}>
            2. 任务分解表、截至日期和上期汇总
          </Text>
          <RunOptions
            files={files}
            target={targetValue}
            asOf={asOf}
            disabled={running}
            onTarget={setTarget}
            onAsOf={setAsOf}
            previous={previous}
            onPrevious={setPrevious}
          />
          <div className={styles.settingsLine}>
            <Text size={200} className={styles.hint} data-testid="settings-line">
              设置：{describeSettings(settings.settings)}
              {settings.persistent ? "" : "（浏览器不保存，关闭页面后恢复默认）"}
            </Text>
            <Button size="small" appearance="transparent" onClick={() => setPart("settings")}>
              修改设置
            </Button>
          </div>
        </section>

        <section className={styles.step} aria-label="第三步：检查">
          <div className={styles.actions}>
            <Button
              appearance="primary"
              size="large"
              disabled={running || files.length === 0}
              onClick={onStart}
              data-testid="start"
            >
              3. 开始检查
            </Button>
          </div>
          {state.phase === "running" && (
            <RunProgress
              done={state.done}
              total={state.total}
              file={state.file}
              onCancel={cancel}
            />
          )}
          {state.phase === "cancelled" && (
            <MessageBar intent="warning">
              <MessageBarBody>已取消。可以修改所选文件后重新开始。</MessageBarBody>
            </MessageBar>
          )}
          {state.phase === "failed" && (
            <MessageBar intent="error">
              <MessageBarBody>{state.message}</MessageBarBody>
            </MessageBar>
          )}
        </section>

        {view && (
          <section className={styles.step} aria-label="结果">
            <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as View)}>
              <Tab value="check">检查结果</Tab>
              <Tab value="merge">合并</Tab>
              <Tab value="report">报告</Tab>
            </TabList>
            {tab === "check" && <CheckView view={view} />}
            {tab === "merge" && (
              <MergeView
                view={view}
                writing={writing}
                notice={mergeNotice}
                onDownload={onDownload}
              />
            )}
            {tab === "report" && (
              <ReportView
                view={view}
                notice={reportNotice}
                onCopy={(text) =>
                  void copyToClipboard(text).then(({ ok }) =>
                    setReportNotice(
                      ok ? "已复制到剪贴板。" : "浏览器不允许复制，请手动选中文字复制。",
                    ),
                  )
                }
                onDownloadJson={() => saveBlob(view.summary, "汇总.json")}
              />
            )}
          </section>
        )}
      </div>
    </main>
  );
}
