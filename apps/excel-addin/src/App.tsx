import { countBySeverity, groupIssues } from "@zsyz/ledger";
import {
  Divider,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { CapabilityNotice } from "./components/CapabilityNotice.js";
import { CheckSection } from "./components/CheckSection.js";
import { CheckSummary } from "./components/CheckSummary.js";
import { CreateLedgerSection } from "./components/CreateLedgerSection.js";
import { ErrorBar } from "./components/ErrorBar.js";
import { FillSection } from "./components/FillSection.js";
import { OneClickSection } from "./components/OneClickSection.js";
import { ReportSection } from "./components/ReportSection.js";
import { SelfCheckSection } from "./components/SelfCheckSection.js";
import { SettingsSection } from "./components/SettingsSection.js";
import { IssueList } from "./components/IssueList.js";
import type { PaneContext } from "./hooks/PaneContext.js";
import { useCompletionFill } from "./hooks/useCompletionFill.js";
import { useCreateLedger } from "./hooks/useCreateLedger.js";
import { useLedgerCheck } from "./hooks/useLedgerCheck.js";
import { useMarks } from "./hooks/useMarks.js";
import { useOneClick } from "./hooks/useOneClick.js";
import { useReport } from "./hooks/useReport.js";
import { useSelfCheck } from "./hooks/useSelfCheck.js";
import { useSettings } from "./hooks/useSettings.js";
import { useTask } from "./hooks/useTask.js";
import { useWorkbookSheets } from "./hooks/useWorkbookSheets.js";
import { ACTION_NEEDS, type Capabilities } from "./office/capabilities.js";
import type { PaneHost } from "./host/PaneHost.js";
import { oneClickRules } from "./ruleSheetNotice.js";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    boxSizing: "border-box",
    minHeight: "100vh",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

type View = "ledger" | "indicators" | "settings";

/** The task pane: start-up notices; tabs for 新建/校验台账, 一键计算/填充完成率/生成报告, and 设置/自检. */
export function App({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const task = useTask();
  const capabilities: Capabilities = host.capabilities;
  const pane: PaneContext = { host, capabilities, task };
  // Every other button needs the same base level (ACTION_NEEDS).
  const usable = capabilities.base;
  const { info, refresh } = useWorkbookSheets(pane);
  const settings = useSettings(pane);
  const { created, create } = useCreateLedger(pane, settings.settings, refresh);
  const { result, check, select } = useLedgerCheck(pane);
  const marks = useMarks(pane);
  const groups = useMemo(() => (result ? groupIssues(result.read.issues) : []), [result]);
  const counts = useMemo(() => countBySeverity(result?.read.issues ?? []), [result]);
  const busy = task.busy !== null;
  const markResult = useCallback(() => (result ? marks.mark(result) : undefined), [result, marks]);
  const [view, setView] = useState<View>("ledger");
  const oneClick = useOneClick(pane, settings.settings, refresh);
  const fill = useCompletionFill(pane);
  const report = useReport(pane, oneClick.result, settings.settings);
  const selfCheck = useSelfCheck(pane);
  const lastRunRules = useMemo(
    () => (oneClick.result ? oneClickRules(oneClick.result) : null),
    [oneClick.result],
  );

  return (
    <main className={styles.root}>
      <header className={styles.title}>
        <Text as="h1" size={500} weight="semibold">
          招商台账
        </Text>
        <Text size={200} className={styles.subtitle}>
          招商引资项目台账的新建、校验与指标计算
        </Text>
      </header>
      <CapabilityNotice
        capabilities={capabilities}
        notes={host.capabilityNotes}
        hostName={host.name}
      />
      {task.error && <ErrorBar error={task.error} onDismiss={task.dismissError} />}
      {task.busy && <Spinner size="tiny" label={task.busy} labelPosition="after" />}
      <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} size="small">
        <Tab value="ledger">台账</Tab>
        <Tab value="indicators">指标</Tab>
        <Tab value="settings">设置</Tab>
      </TabList>
      {view === "ledger" && (
        <>
          <CreateLedgerSection
            disabled={busy || !capabilities[ACTION_NEEDS["新建台账"]]}
            created={created}
            onCreate={() => void create()}
          />
          <Divider />
          <CheckSection
            info={info}
            disabled={busy || !usable}
            onRefresh={() => void refresh()}
            onCheck={(sheet) => void check(sheet)}
          />
          {result && (
            <>
              <CheckSummary
                sheet={result.sheet}
                asOf={result.asOf}
                projects={result.read.records.length}
                counts={counts}
                disabled={busy}
                markStatus={marks.status}
                onMark={() => void markResult()}
                onClear={() => void marks.clear()}
              />
              {groups.length > 0 && (
                <IssueList
                  groups={groups}
                  onSelect={(issue) => void select(issue.sheet, issue.cell)}
                />
              )}
            </>
          )}
        </>
      )}
      {view === "indicators" && (
        <>
          <OneClickSection
            info={info}
            disabled={busy || !usable}
            result={oneClick.result}
            settings={settings.settings}
            onCompute={(r) => void oneClick.compute(r)}
          />
          <Divider />
          <ReportSection
            subjects={report.subjects}
            subject={report.subject}
            text={report.text}
            notice={report.notice}
            stale={report.stale}
            disabled={busy}
            onChoose={report.choose}
            onGenerate={report.generate}
            onCopy={() => void report.copy()}
            onInsert={() => void report.insert()}
          />
          <Divider />
          <FillSection
            info={info}
            disabled={busy || !usable}
            state={fill.state}
            onFill={(sheet, sumifs) => void fill.fill(sheet, sumifs)}
            onUndo={() => void fill.undo()}
          />
        </>
      )}
      {view === "settings" && (
        <>
          <SettingsSection
            settings={settings.settings}
            sheets={info?.sheets ?? []}
            lastRun={lastRunRules}
            loadErrors={settings.loadErrors}
            saved={settings.saved}
            disabled={busy || !usable}
            onSave={(s) => void settings.save(s)}
          />
          <Divider />
          <SelfCheckSection
            report={selfCheck.report}
            notice={selfCheck.notice}
            disabled={busy || !usable}
            onCheck={() => void selfCheck.check()}
            onCopy={() => void selfCheck.copy()}
          />
        </>
      )}
    </main>
  );
}
