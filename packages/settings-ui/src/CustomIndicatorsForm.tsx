import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  FORMAT_LABELS,
  SETTING_LABELS,
  suggestIndicatorKey,
  type CustomIndicatorSetting,
  type IndicatorFormat,
} from "@zsyz/indicators";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  pair: { display: "grid", gridTemplateColumns: "1fr auto", gap: tokens.spacingHorizontalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

// The formats offered, in this order; their words are FORMAT_LABELS', as parseSettings says them.
const FORMATS: readonly (IndicatorFormat | "")[] = [
  "",
  "percent",
  "money",
  "count",
  "pp",
  "number",
  "flag",
];
const L = SETTING_LABELS;

/**
 * Custom indicators as staff write them: a name and an expression over the Chinese names they
 * know ("新签约项目到位资金 / 签约资金"), checked as they type with the Chinese message under
 * the field (`messages`: checkCustomIndicators', parseSettings' words); the code is generated (custom_1,
 * custom_2…) and never asked for.
 */
export function CustomIndicatorsForm(props: {
  indicators: readonly CustomIndicatorSetting[];
  /**
   * What checkCustomIndicators says of each indicator (null: usable), which the editor works
   * out once from the indicators and the size bands as typed, for its own use too.
   */
  messages: readonly (string | null)[];
  onChange: (indicators: CustomIndicatorSetting[]) => void;
}) {
  const styles = useStyles();
  const list = props.indicators;
  const messages = props.messages;
  const set = (i: number, patch: Partial<CustomIndicatorSetting>, clearFormat = false) =>
    props.onChange(
      list.map((c, j) => {
        if (j !== i) return c;
        const next: CustomIndicatorSetting = { ...c, ...patch };
        if (clearFormat) delete next.format;
        return next;
      }),
    );
  return (
    <div className={styles.section} role="group" aria-label={L.customIndicators}>
      <Text weight="semibold">{L.customIndicators}</Text>
      <Text size={200} className={styles.hint}>
        用已有指标的中文名称写公式，如“新签约项目到位资金 / 签约资金”；可用 + - * /
        和括号。自定义指标在「指标汇总」中另起一列，也可用于达标要求和考评办法。
      </Text>
      {list.map((c, i) => {
        // The checker speaks of the name first: an empty name is said under the name, any
        // other message under the formula.
        const noName = c.name.trim() === "";
        const message = messages[i] ?? null;
        const title = `${L.customIndicators}${i + 1}`;
        return (
          <div key={c.key} className={styles.card} role="group" aria-label={title}>
            <Field
              label={`${title}的${L["customIndicators[].name"]}`}
              {...(noName && message
                ? { validationState: "error" as const, validationMessage: message }
                : {})}
            >
              <Input
                placeholder="如 新签到位比"
                value={c.name}
                onChange={(_, d) => set(i, { name: d.value })}
              />
            </Field>
            <Field
              label={`${title}的${L["customIndicators[].expression"]}`}
              {...(message && !noName
                ? { validationState: "error" as const, validationMessage: message }
                : noName
                  ? {}
                  : { validationState: "success" as const, validationMessage: "公式可以使用。" })}
            >
              <Input
                placeholder="如 新签约项目到位资金 / 签约资金"
                value={c.expression}
                onChange={(_, d) => set(i, { expression: d.value })}
              />
            </Field>
            <div className={styles.pair}>
              <Field label={L["customIndicators[].format"]}>
                <Select
                  value={c.format ?? ""}
                  onChange={(_, d) =>
                    d.value === ""
                      ? set(i, {}, true)
                      : set(i, { format: d.value as IndicatorFormat })
                  }
                >
                  {FORMATS.map((v) => (
                    <option key={v} value={v}>
                      {FORMAT_LABELS[v]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button size="small" onClick={() => props.onChange(list.filter((_, j) => j !== i))}>
                删除
              </Button>
            </div>
            <Text size={100} className={styles.hint}>
              代码 {c.key}（自动生成，导出的设置文件中使用）
            </Text>
          </div>
        );
      })}
      <Button
        size="small"
        onClick={() =>
          props.onChange([...list, { key: suggestIndicatorKey(list), name: "", expression: "" }])
        }
      >
        添加{L.customIndicators}
      </Button>
    </div>
  );
}
