import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WrittenSheet } from "../office/sheetWrite.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

/** 「新建台账」: what it inserts, the button, and what it created. */
export function CreateLedgerSection(props: {
  disabled: boolean;
  created: WrittenSheet[] | null;
  onCreate: () => void;
}) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="create-title">
      <Text id="create-title" weight="semibold" size={400}>
        新建台账
      </Text>
      <Text size={200} className={styles.hint}>
        插入标准格式的「项目台账」「指标任务分解」，以及「重复项目归属」「考评办法」「达标要求」「统计口径」工作表：标准列名和单位、下拉选项、日期与金额格式、冻结表头和一行示例；规则表按当前设置填好。不会覆盖已有工作表。
      </Text>
      <Button appearance="primary" disabled={props.disabled} onClick={props.onCreate}>
        新建台账
      </Button>
      {props.created && (
        <Text size={200} className={styles.done} role="status">
          已新建工作表{props.created.map((w) => `「${w.sheet}」`).join("、")}
          {props.created.some((w) => w.sheet !== w.requested)
            ? "（同名工作表已存在，已自动改名）"
            : ""}
          。
        </Text>
      )}
    </section>
  );
}
