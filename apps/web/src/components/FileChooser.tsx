import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useRef, useState, type DragEvent } from "react";
import {
  type ChosenFile,
  entriesFromDrop,
  filesFromEntries,
  filesFromInput,
} from "../collectFiles.js";

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hidden: { display: "none" },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    maxHeight: "12em",
    overflowY: "auto",
    fontSize: tokens.fontSizeBase200,
  },
  note: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const NOTE: Record<ChosenFile["kind"], string> = {
  xlsx: "",
  legacy: "（旧版格式，需另存为 .xlsx）",
  other: "（不是 Excel 工作簿）",
};

/** Choose township files: several files, a whole folder, or drop either on the page. */
export const FileChooser = memo(function FileChooser(props: {
  files: readonly ChosenFile[];
  disabled: boolean;
  onAdd: (files: ChosenFile[]) => void;
  onClear: () => void;
}) {
  const styles = useStyles();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [dropError, setDropError] = useState<string | null>(null);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (props.disabled) return;
    setDropError(null);
    const entries = entriesFromDrop(event.dataTransfer);
    filesFromEntries(entries).then(props.onAdd, (thrown: unknown) => {
      console.error(thrown);
      setDropError("浏览器没能读取拖入的文件或文件夹。请改用「选择文件…」或「选择文件夹…」。");
    });
  };
  const onPicked = (input: HTMLInputElement | null) => {
    if (!input?.files) return;
    props.onAdd(filesFromInput(input.files));
    input.value = "";
  };
  return (
    <div
      className={mergeClasses(styles.drop, over && styles.over)}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Text>把各乡镇报送的台账文件（或整个文件夹）拖到这里，或者：</Text>
      <div className={styles.row}>
        <Button disabled={props.disabled} onClick={() => filesInput.current?.click()}>
          选择文件…
        </Button>
        <Button disabled={props.disabled} onClick={() => folderInput.current?.click()}>
          选择文件夹…
        </Button>
        {props.files.length > 0 && (
          <Button appearance="subtle" disabled={props.disabled} onClick={props.onClear}>
            清空
          </Button>
        )}
      </div>
      <input
        ref={filesInput}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls,.et"
        data-testid="pick-files"
        onChange={(e) => onPicked(e.currentTarget)}
      />
      <input
        ref={(el) => {
          folderInput.current = el;
          // React does not know the attribute; set it on the element itself.
          el?.setAttribute("webkitdirectory", "");
        }}
        className={styles.hidden}
        type="file"
        multiple
        data-testid="pick-folder"
        onChange={(e) => onPicked(e.currentTarget)}
      />
      {dropError && (
        <Text role="alert" className={styles.note}>
          {dropError}
        </Text>
      )}
      <Text size={200} className={styles.hint}>
        支持 .xlsx/.xlsm；文件夹中的 ~$ 临时文件、隐藏文件和非 Excel
        文件会被跳过。文件只在本机读取，不会上传。
      </Text>
      {props.files.length > 0 && (
        <>
          <Text weight="semibold" data-testid="file-count">
            已选择 {props.files.length} 个文件
          </Text>
          <ol className={styles.list}>
            {props.files.map((f) => (
              <li key={f.name}>
                {f.name}
                {NOTE[f.kind] && <span className={styles.note}>{NOTE[f.kind]}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
});
