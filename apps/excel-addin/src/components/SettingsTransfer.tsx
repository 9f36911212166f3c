import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import {
  parseSettings,
  serializeSettings,
  type Settings,
  type SettingsError,
} from "@zsyz/indicators";
import { useState } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * 导入/导出: the settings as a JSON text to copy into a file (the CLI's `--settings`, another
 * workbook) or to paste from one. JSON is only this exchange format; the forms edit the rules.
 */
export function SettingsTransfer(props: {
  /** The settings to export, or null while the forms hold an invalid value. */
  current: Settings | null;
  onImport: (settings: Settings) => void;
}) {
  const styles = useStyles();
  const [mode, setMode] = useState<"none" | "export" | "import">("none");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<SettingsError[]>([]);
  const doImport = () => {
    const parsed = parseSettings(text);
    setErrors(parsed.ok ? [] : parsed.errors);
    if (!parsed.ok) return;
    props.onImport(parsed.settings);
    setMode("none");
  };
  return (
    <div className={styles.section}>
      <div className={styles.buttons}>
        <Button
          size="small"
          disabled={props.current === null}
          onClick={() => {
            setMode("export");
            setErrors([]);
            setText(props.current ? serializeSettings(props.current) : "");
          }}
        >
          导出
        </Button>
        <Button
          size="small"
          onClick={() => {
            setMode("import");
            setErrors([]);
            setText("");
          }}
        >
          导入
        </Button>
      </div>
      {mode === "export" && (
        <Field
          label="设置文件内容"
          hint="复制以下内容，保存为 .json 文件：可在其他工作簿中导入，或供命令行 zsyz merge --settings 使用。"
        >
          <Textarea readOnly resize="vertical" rows={6} value={text} />
        </Field>
      )}
      {mode === "import" && (
        <>
          <Field label="粘贴设置文件内容" hint="导入后请检查各项，再点「保存设置」。">
            <Textarea
              resize="vertical"
              rows={6}
              value={text}
              onChange={(_, d) => setText(d.value)}
            />
          </Field>
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" onClick={doImport}>
              确定导入
            </Button>
            <Button size="small" onClick={() => setMode("none")}>
              取消
            </Button>
          </div>
          {errors.map((e) => (
            <Text key={e.path + e.message} size={200} className={styles.error} role="alert">
              {e.message}
            </Text>
          ))}
        </>
      )}
    </div>
  );
}
