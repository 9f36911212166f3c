import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { LedgerIssue } from "@zsyz/ledger";
import type { IssueGroup } from "@zsyz/ledger";

const useStyles = makeStyles({
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    cursor: "pointer",
    border: "none",
    background: "none",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  cell: {
    flexShrink: 0,
    minWidth: "3.5em",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
});

/** Issues grouped by kind; clicking an issue with a cell selects that cell in the sheet. */
export function IssueList(props: { groups: IssueGroup[]; onSelect: (issue: LedgerIssue) => void }) {
  const styles = useStyles();
  const firstOpen = props.groups[0]?.code;
  return (
    <Accordion
      multiple
      collapsible
      defaultOpenItems={firstOpen ? [firstOpen] : []}
      data-testid="issue-list"
    >
      {props.groups.map((group) => (
        <AccordionItem key={group.code} value={group.code}>
          <AccordionHeader size="small">
            <span className={styles.header}>
              <Badge
                size="small"
                appearance="tint"
                color={group.severity === "error" ? "danger" : "warning"}
              >
                {group.severity === "error" ? "错误" : "警告"}
              </Badge>
              <Text size={200} weight="semibold">
                {group.title}（{group.issues.length}）
              </Text>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {group.issues.map((issue, i) => (
                <li key={`${issue.sheet}!${issue.cell}#${i}`}>
                  <button
                    type="button"
                    className={mergeClasses(styles.item, issue.cell === "" && styles.static)}
                    disabled={issue.cell === ""}
                    title={issue.cell === "" ? undefined : `在表格中选中 ${issue.cell}`}
                    onClick={() => props.onSelect(issue)}
                  >
                    <span className={styles.cell}>{issue.cell || "整表"}</span>
                    <span>{issue.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
