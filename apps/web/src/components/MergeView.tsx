import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RunView } from "../worker/protocol.js";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** 合并: downloads 县汇总.xlsx, the same workbook `zsyz merge` writes for these inputs and date. */
export function MergeView(props: {
  view: RunView;
  busy: boolean;
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
        <li>指标汇总：每个单位一行加合计行，各项指标都是实时公式</li>
        <li>项目明细：每个项目一行，注明来源文件、工作表和行号</li>
        <li>问题清单：校验发现的全部问题及所在单元格</li>
        <li>报告摘要：全县和各单位的指标段落</li>
      </ul>
      {nothing ? (
        <Text role="alert">没有一个文件能作为台账读取，无法生成汇总工作簿。</Text>
      ) : (
        <div>
          <Button
            appearance="primary"
            disabled={props.busy}
            onClick={props.onDownload}
            data-testid="download-xlsx"
          >
            {props.busy ? "正在生成…" : "下载 县汇总.xlsx"}
          </Button>
        </div>
      )}
      {props.notice && <Text role="status">{props.notice}</Text>}
    </div>
  );
}
