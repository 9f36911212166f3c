import { countBySeverity, groupIssues } from "@zsyz/ledger";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RunView } from "../worker/protocol.js";
import { describeRuleSheets } from "../describeRuleSheets.js";
import { issuesByFile } from "../issuesByFile.js";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  headline: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  kind: { marginTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  at: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1 },
  scroll: { maxHeight: "24em", overflowY: "auto" },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left",
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: "top",
    },
    "& th": { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground1 },
    // File, unit and row count stay on one line; the outcome (a long reason) wraps.
    "& th:nth-child(-n+3), & td:nth-child(-n+3)": { whiteSpace: "nowrap" },
  },
});

/** 检查: the row accounting, every file's outcome, and the issues grouped by file and kind. */
export function CheckView(props: { view: RunView }) {
  const styles = useStyles();
  const { view } = props;
  const counts = countBySeverity(view.issues);
  const byFile = issuesByFile(view.issues, view.files);
  return (
    <div className={styles.box} data-testid="check-view">
      <Text className={styles.headline} data-testid="headline">
        {view.headline}
      </Text>
      <Text data-testid="accounting">
        共读取 {view.rows.read} 行项目：合并 {view.rows.merged} 行，剔除 {view.rows.rejected}{" "}
        行（有错误的行不计入汇总）。发现错误 {counts.error} 个、警告 {counts.warning} 个。
        {view.targetsFile
          ? `任务分解表：${view.targetsFile}${view.targetsFound === "headers" ? "（按表头自动识别）" : ""}。`
          : "未使用任务分解表：完成率和排名留空。"}
        {describeRuleSheets(view.ruleSheets)}
      </Text>
      {/* A plain table: a county of 300 files renders in a few milliseconds. */}
      <div className={styles.scroll}>
        <table className={styles.table} aria-label="文件" data-testid="file-table">
          <thead>
            <tr>
              <th>文件</th>
              <th>单位</th>
              <th>项目行</th>
              <th>结果</th>
            </tr>
          </thead>
          <tbody>
            {view.files.map((f) => (
              <tr key={f.file}>
                <td>{f.file}</td>
                <td>{f.unit ?? ""}</td>
                <td>{f.rows}</td>
                <td className={f.status === "error" ? styles.bad : undefined}>
                  {f.status === "ok" ? "已读取" : `无法读取：${f.message ?? ""}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {byFile.length === 0 ? (
        <Text>没有发现问题。</Text>
      ) : (
        <Accordion multiple collapsible data-testid="issue-list">
          {byFile.map(({ file, issues }) => {
            const c = countBySeverity(issues);
            return (
              <AccordionItem key={file} value={file}>
                <AccordionHeader>
                  <span className={styles.header}>
                    <Text weight="semibold">{file}</Text>
                    {c.error > 0 && (
                      <Badge appearance="tint" color="danger">
                        错误 {c.error}
                      </Badge>
                    )}
                    {c.warning > 0 && (
                      <Badge appearance="tint" color="warning">
                        警告 {c.warning}
                      </Badge>
                    )}
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  {groupIssues(issues).map((group) => (
                    <div key={group.code}>
                      <Text as="p" size={200} className={styles.kind}>
                        {group.severity === "error" ? "错误" : "警告"}：{group.title}（
                        {group.issues.length}）
                      </Text>
                      <ul className={styles.list}>
                        {group.issues.map((issue, i) => (
                          <li key={`${issue.sheet}!${issue.cell}#${i}`}>
                            <span className={styles.at}>
                              {issue.sheet ? `${issue.sheet}!${issue.cell || "整表"}` : "整个文件"}
                            </span>{" "}
                            {issue.message}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </div>
  );
}
