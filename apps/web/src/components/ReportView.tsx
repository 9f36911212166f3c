import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RunView } from "../worker/protocol.js";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  paragraph: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: "pre-wrap",
    margin: 0,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** 报告: the drafted paragraphs (county first) with copy buttons, and the JSON summary. */
export function ReportView(props: {
  view: RunView;
  notice: string | null;
  onCopy: (text: string) => void;
  onDownloadJson: () => void;
}) {
  const styles = useStyles();
  const all = props.view.paragraphs.map((p) => p.text).join("\n");
  return (
    <div className={styles.box}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => props.onCopy(all)} data-testid="copy-all">
          复制全部段落
        </Button>
        <Button onClick={props.onDownloadJson} data-testid="download-json">
          下载 汇总.json
        </Button>
      </div>
      {props.notice && <Text role="status">{props.notice}</Text>}
      {props.view.paragraphs.map((p) => (
        <div key={p.subject} className={styles.box}>
          <div className={styles.row}>
            <Text weight="semibold">{p.subject}</Text>
            <Button size="small" appearance="subtle" onClick={() => props.onCopy(p.text)}>
              复制
            </Button>
          </div>
          <p className={styles.paragraph} data-testid="paragraph">
            {p.text}
          </p>
        </div>
      ))}
    </div>
  );
}
