import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  BULLETIN_SHEET,
  DETAIL_SHEET,
  INDUSTRY_SHEET,
  ISSUE_SHEET,
  NEW_PROJECTS_SHEET,
  REPORT_SHEET,
  SCORE_SHEET,
  SUMMARY_SHEET,
} from "@zsyz/indicators";
import type { RunView } from "../worker/protocol.js";

// What the sheets everyone knows hold; any other sheet the pipeline writes is listed by name.
const ABOUT: Record<string, string> = {
  [SUMMARY_SHEET]: "每个单位一行加合计行，各项指标都是实时公式",
  [DETAIL_SHEET]: "每个项目一行，注明来源文件、工作表和行号",
  [ISSUE_SHEET]: "校验发现的全部问题及所在单元格",
  [REPORT_SHEET]: "全县和各单位的指标段落",
  [SCORE_SHEET]: "各单位按考评办法的得分",
  [BULLETIN_SHEET]: "可直接打印的各单位考评通报表",
  [INDUSTRY_SHEET]: "当年新签约项目按产业类别统计（全县、各单位）",
  [NEW_PROJECTS_SHEET]: "当年新签约项目清单，按签约资金排序，可直接打印",
};

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
          <li key={name}>{ABOUT[name] ? `${name}：${ABOUT[name]}` : name}</li>
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
