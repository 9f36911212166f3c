import { Divider, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import { CapabilityNotice } from "./components/CapabilityNotice.js";
import { CheckSection } from "./components/CheckSection.js";
import { CheckSummary } from "./components/CheckSummary.js";
import { CreateLedgerSection } from "./components/CreateLedgerSection.js";
import { ErrorBar } from "./components/ErrorBar.js";
import { IssueList } from "./components/IssueList.js";
import { useCreateLedger } from "./hooks/useCreateLedger.js";
import { useLedgerCheck } from "./hooks/useLedgerCheck.js";
import { useMarks } from "./hooks/useMarks.js";
import { useTask } from "./hooks/useTask.js";
import { useWorkbookSheets } from "./hooks/useWorkbookSheets.js";
import { countBySeverity, groupIssues } from "./issueGroups.js";
import type { Capabilities } from "./office/capabilities.js";
import type { ExcelHost } from "./office/host.js";

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, boxSizing: "border-box", minHeight: "100vh",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

/** The task pane: start-up notices, 新建台账, 校验台账 and its results. */
export function App({ host, capabilities }: { host: ExcelHost; capabilities: Capabilities }) {
  const styles = useStyles();
  const task = useTask();
  const usable = capabilities.base;
  const { info, refresh } = useWorkbookSheets(host, task, usable);
  const { created, create } = useCreateLedger(host, capabilities, task, refresh);
  const { result, check, select } = useLedgerCheck(host, capabilities, task);
  const marks = useMarks(host, capabilities, task);
  const groups = useMemo(() => (result ? groupIssues(result.read.issues) : []), [result]);
  const counts = useMemo(() => countBySeverity(result?.read.issues ?? []), [result]);
  const busy = task.busy !== null;
  const markResult = useCallback(() => (result ? marks.mark(result) : undefined), [result, marks]);

  return (
    <main className={styles.root}>
      <header className={styles.title}>
        <Text as="h1" size={500} weight="semibold">招商台账</Text>
        <Text size={200} className={styles.subtitle}>招商引资项目台账的新建与校验</Text>
      </header>
      <CapabilityNotice capabilities={capabilities} />
      {task.error && <ErrorBar error={task.error} onDismiss={task.dismissError} />}
      {task.busy && <Spinner size="tiny" label={task.busy} labelPosition="after" />}
      <CreateLedgerSection disabled={busy || !capabilities.dataValidation} created={created} onCreate={() => void create()} />
      <Divider />
      <CheckSection info={info} disabled={busy || !usable} onRefresh={() => void refresh()} onCheck={(sheet) => void check(sheet)} />
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
          {groups.length > 0 && <IssueList groups={groups} onSelect={(issue) => void select(issue.sheet, issue.cell)} />}
        </>
      )}
    </main>
  );
}
