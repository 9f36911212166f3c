import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { OUTPUT_SHEETS } from "@zsyz/county";
import type { RunView } from "../worker/protocol.js";

// What each sheet holds, as `zsyz merge --help` says it; a sheet not listed shows its name alone.
const ABOUT = new Map(OUTPUT_SHEETS.map((s) => [s.name, s.description]));

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** 合并: downloads 县汇总.xlsx, the same workbook `zsyz merge` writes for these inputs and date. */
export function MergeView(props: {
  view: RunView;
  /** Bytes written so far while 县汇总.xlsx is being made, else null. */
  writing: number | null;
  notice: string | null;
  onDownload: () => void;
}) {
  const styles = useStyles();
  const nothing = props.view.files.every((f) => f.status === "error");
  return (
    <div className={styles.box}>
      <Text>
        合并 {props.view.rows.merged} 个项目（截至 {props.view.asOf}
        ），生成全县汇总工作簿「县汇总.xlsx」：
      </Text>
      <ul className={styles.list}>
        {props.view.sheets.map((name) => (
          <li key={name}>{ABOUT.has(name) ? `${name}：${ABOUT.get(name)}` : name}</li>
        ))}
      </ul>
      {nothing ? (
        <Text role="alert">没有一个文件能作为台账读取，无法生成汇总工作簿。</Text>
      ) : (
        <div>
          <Button
            appearance="primary"
            disabled={props.writing !== null}
            onClick={props.onDownload}
            data-testid="download-xlsx"
          >
            {props.writing === null
              ? "下载 县汇总.xlsx"
              : `正在生成…${props.writing > 0 ? `（已生成 ${(props.writing / 2 ** 20).toFixed(0)} MB）` : ""}`}
          </Button>
        </div>
      )}
      {props.notice && <Text role="status">{props.notice}</Text>}
    </div>
  );
}
