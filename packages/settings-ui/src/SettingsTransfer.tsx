import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import {
  parseSettings,
  serializeSettings,
  type Settings,
  type SettingsError,
} from "@zsyz/indicators";
import { useRef, useState } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Larger than any settings file staff write by far: a file this big was chosen by mistake. */
const MAX_FILE_BYTES = 1024 * 1024;

/**
 * 导入/导出: the settings as a JSON text to copy into a file (the CLI's `--settings`, another
 * workbook) or to paste from one, or as a file to download (when the host offers it) or to
 * choose. JSON is only this exchange format; the forms edit the rules. A text or file that is
 * not valid settings is refused with the reasons and changes nothing.
 */
export function SettingsTransfer(props: {
  /** The settings to export, or null while the forms hold an invalid value. */
  current: Settings | null;
  onImport: (settings: Settings) => void;
  /** Saves the exported text as a file (the page); without it the text is only shown to copy. */
  onExportFile?: (text: string) => void;
}) {
  const styles = useStyles();
  const [mode, setMode] = useState<"none" | "export" | "import">("none");
  const [text, setText] = useState("");
  // Chinese messages: parseSettings' own, or why a chosen file could not be read.
  const [errors, setErrors] = useState<string[]>([]);
  const picker = useRef<HTMLInputElement>(null);
  const importText = (json: string, from: string | null) => {
    const parsed = parseSettings(json);
    setErrors(
      parsed.ok
        ? []
        : parsed.errors.map((e: SettingsError) =>
            from ? `「${from}」不能作为设置导入：${e.message}` : e.message,
          ),
    );
    if (!parsed.ok) return;
    props.onImport(parsed.settings);
    setMode("none");
  };
  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setErrors([
        `「${file.name}」有 ${(file.size / 1024 / 1024).toFixed(1)} MB，不是设置文件（设置文件只有几 KB）。请选择导出的 .json 设置文件。`,
      ]);
      return;
    }
    let json: string;
    try {
      json = await file.text();
    } catch {
      setErrors([`浏览器无法读取「${file.name}」（可能已被移动或删除），请重新选择。`]);
      return;
    }
    importText(json, file.name);
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
        <>
          <Field
            label="设置文件内容"
            hint="复制以下内容，保存为 .json 文件：可在其他工作簿中导入，或供命令行 zsyz merge --settings 使用。"
          >
            <Textarea readOnly resize="vertical" rows={6} value={text} />
          </Field>
          {props.onExportFile && (
            <div className={styles.buttons}>
              <Button
                size="small"
                appearance="primary"
                data-testid="settings-download"
                onClick={() => props.onExportFile?.(text)}
              >
                下载 设置.json
              </Button>
            </div>
          )}
        </>
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
            <Button size="small" appearance="primary" onClick={() => importText(text, null)}>
              确定导入
            </Button>
            <Button size="small" onClick={() => picker.current?.click()}>
              从文件导入…
            </Button>
            <Button size="small" onClick={() => setMode("none")}>
              取消
            </Button>
          </div>
          <input
            ref={picker}
            type="file"
            accept=".json,application/json,text/plain"
            hidden
            aria-label="选择要导入的设置文件"
            data-testid="settings-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              // Cleared so choosing the same file again (after fixing it) imports it again.
              e.currentTarget.value = "";
              if (file) void importFile(file);
            }}
          />
          {errors.map((message) => (
            <Text key={message} size={200} className={styles.error} role="alert">
              {message}
            </Text>
          ))}
        </>
      )}
    </div>
  );
}
