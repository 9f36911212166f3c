import {
  Button,
  Input,
  Label,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  checkCustomIndicators,
  parseSettings,
  serializeSettings,
  type CustomIndicatorSetting,
  type IndicatorFormat,
  type Settings,
  type SettingsError,
} from "@zsyz/indicators";
import { useEffect, useId, useMemo, useState } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

const FORMATS: [IndicatorFormat | "", string][] = [
  ["", "自动"],
  ["percent", "百分比"],
  ["money", "金额（万元）"],
  ["count", "个数"],
  ["pp", "百分点"],
  ["number", "数值"],
  ["flag", "是/否"],
];

/** Settings panel: rounding, display unit, county name, scoring scheme (JSON) and custom indicators with inline errors. */
export function SettingsSection(props: {
  settings: Settings;
  loadErrors: SettingsError[];
  saved: boolean;
  disabled: boolean;
  onSave: (s: Settings) => void;
}) {
  const styles = useStyles();
  const ids = { pct: useId(), yi: useId(), unit: useId(), county: useId(), scoring: useId() };
  const [draft, setDraft] = useState(props.settings);
  const [scoring, setScoring] = useState(() => JSON.stringify(props.settings.scoring, null, 2));
  const [errors, setErrors] = useState<SettingsError[]>([]);
  useEffect(() => {
    setDraft(props.settings);
    setScoring(JSON.stringify(props.settings.scoring, null, 2));
  }, [props.settings]);
  const inline = useMemo(
    () => checkCustomIndicators(draft.customIndicators),
    [draft.customIndicators],
  );
  const setRounding = (key: "percentDecimals" | "yiDecimals", v: string) =>
    setDraft({ ...draft, rounding: { ...draft.rounding, [key]: Number(v) } });
  const setCustom = (i: number, patch: Patch) =>
    setDraft({
      ...draft,
      customIndicators: draft.customIndicators.map((c, j) => (j === i ? withPatch(c, patch) : c)),
    });
  const save = () => {
    let scheme: unknown;
    try {
      scheme = JSON.parse(scoring);
    } catch {
      setErrors([
        {
          code: "settings_bad_value",
          path: "scoring",
          message: "考评办法不是有效的 JSON，请检查括号和引号。",
        },
      ]);
      return;
    }
    const parsed = parseSettings(
      serializeSettings({ ...draft, scoring: scheme as Settings["scoring"] }),
    );
    setErrors(parsed.ok ? [] : parsed.errors);
    if (parsed.ok) props.onSave(parsed.settings);
  };
  const shown = errors.length > 0 ? errors : props.loadErrors;
  return (
    <section className={styles.section} aria-labelledby="settings-title">
      <Text id="settings-title" weight="semibold" size={400}>
        设置
      </Text>
      <Text size={200} className={styles.hint}>
        保存在本工作簿中，打开这个工作簿的同事使用同一套设置。
      </Text>
      <div className={styles.pair}>
        <div className={styles.field}>
          <Label htmlFor={ids.pct} size="small">
            百分比小数位
          </Label>
          <Input
            id={ids.pct}
            type="number"
            min={0}
            max={6}
            value={String(draft.rounding.percentDecimals)}
            onChange={(_, d) => setRounding("percentDecimals", d.value)}
          />
        </div>
        <div className={styles.field}>
          <Label htmlFor={ids.yi} size="small">
            亿元小数位
          </Label>
          <Input
            id={ids.yi}
            type="number"
            min={0}
            max={6}
            value={String(draft.rounding.yiDecimals)}
            onChange={(_, d) => setRounding("yiDecimals", d.value)}
          />
        </div>
        <div className={styles.field}>
          <Label htmlFor={ids.unit} size="small">
            金额显示单位
          </Label>
          <Select
            id={ids.unit}
            value={draft.displayUnit}
            onChange={(_, d) =>
              setDraft({ ...draft, displayUnit: d.value === "万元" ? "万元" : "亿元" })
            }
          >
            <option value="亿元">亿元</option>
            <option value="万元">万元</option>
          </Select>
        </div>
        <div className={styles.field}>
          <Label htmlFor={ids.county} size="small">
            本县称谓
          </Label>
          <Input
            id={ids.county}
            value={draft.countyName}
            onChange={(_, d) => setDraft({ ...draft, countyName: d.value })}
          />
        </div>
      </div>
      <div className={styles.field}>
        <Label htmlFor={ids.scoring} size="small">
          考评办法（JSON，见说明文档）
        </Label>
        <Textarea
          id={ids.scoring}
          resize="vertical"
          rows={5}
          value={scoring}
          onChange={(_, d) => setScoring(d.value)}
        />
      </div>
      <Label size="small">自定义指标</Label>
      {draft.customIndicators.map((c, i) => (
        <div key={i} className={styles.card}>
          <div className={styles.pair}>
            <Input
              aria-label="指标代码"
              placeholder="代码，如 arrival_all"
              value={c.key}
              onChange={(_, d) => setCustom(i, { key: d.value })}
            />
            <Input
              aria-label="指标名称"
              placeholder="名称，如 综合到位率"
              value={c.name}
              onChange={(_, d) => setCustom(i, { name: d.value })}
            />
          </div>
          <Input
            aria-label="计算公式"
            placeholder="公式，如 到位资金 / 签约资金"
            value={c.expression}
            onChange={(_, d) => setCustom(i, { expression: d.value })}
          />
          <div className={styles.pair}>
            <Select
              aria-label="显示格式"
              value={c.format ?? ""}
              onChange={(_, d) =>
                setCustom(i, { format: d.value === "" ? undefined : (d.value as IndicatorFormat) })
              }
            >
              {FORMATS.map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </Select>
            <Button
              size="small"
              onClick={() =>
                setDraft({
                  ...draft,
                  customIndicators: draft.customIndicators.filter((_, j) => j !== i),
                })
              }
            >
              删除
            </Button>
          </div>
          {inline[i] && (
            <Text size={200} className={styles.error} role="alert">
              {inline[i]}
            </Text>
          )}
        </div>
      ))}
      <Button
        size="small"
        onClick={() =>
          setDraft({
            ...draft,
            customIndicators: [...draft.customIndicators, { key: "", name: "", expression: "" }],
          })
        }
      >
        添加自定义指标
      </Button>
      {shown.length > 0 && (
        <ul role="alert">
          {shown.map((e) => (
            <li key={e.path + e.message}>
              <Text size={200} className={styles.error}>
                {e.message}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Button appearance="primary" disabled={props.disabled} onClick={save}>
        保存设置
      </Button>
      {props.saved && errors.length === 0 && (
        <Text size={200} className={styles.done} role="status">
          设置已保存到本工作簿。
        </Text>
      )}
    </section>
  );
}

type Patch = { [K in keyof CustomIndicatorSetting]?: CustomIndicatorSetting[K] | undefined };

function withPatch(c: CustomIndicatorSetting, patch: Patch): CustomIndicatorSetting {
  const next: CustomIndicatorSetting = {
    key: patch.key ?? c.key,
    name: patch.name ?? c.name,
    expression: patch.expression ?? c.expression,
  };
  const format = "format" in patch ? patch.format : c.format;
  if (format !== undefined) next.format = format;
  return next;
}
