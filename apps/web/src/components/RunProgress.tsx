import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" },
  bar: { flexGrow: 1 },
});

/** Progress per file while the Worker reads, with a cancel button that stops it at once. */
export function RunProgress(props: {
  done: number;
  total: number;
  file: string;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const reading = props.done < props.total;
  return (
    <div className={styles.box} role="status" data-testid="progress">
      <div className={styles.row}>
        <ProgressBar
          className={styles.bar}
          value={props.total === 0 ? 0 : props.done / props.total}
          thickness="large"
        />
        <Button onClick={props.onCancel} data-testid="cancel">
          取消
        </Button>
      </div>
      <Text size={200}>
        {reading
          ? `正在读取第 ${props.done + 1}/${props.total} 个文件：${props.file}`
          : `已读取 ${props.total} 个文件，正在计算指标…`}
      </Text>
    </div>
  );
}
