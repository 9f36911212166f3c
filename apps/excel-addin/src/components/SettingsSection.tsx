import {
  Button,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { POLICY_SHEET, REQUIREMENT_SHEET, SCHEME_SHEET } from "@zsyz/county";
import {
  checkCustomIndicators,
  parseSettings,
  serializeSettings,
  settingsCatalogue,
  type IndicatorRequirement,
  type LeadMeasure,
  type ScoringScheme,
  type Settings,
  type SettingsError,
} from "@zsyz/indicators";
import type { CountingPolicy } from "@zsyz/ledger";
import { useEffect, useMemo, useState } from "react";
import { CustomIndicatorsForm } from "./CustomIndicatorsForm.js";
import { PolicyForm } from "./PolicyForm.js";
import { type IndicatorOption, RequirementsForm } from "./RequirementsForm.js";
import { SchemeForm } from "./SchemeForm.js";
import { SettingsTransfer } from "./SettingsTransfer.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

const LEADS: [LeadMeasure, string][] = [
  ["signed", "签约资金"],
  ["arrived", "到位资金"],
  ["signed_outprov", "省外签约资金"],
  ["arrived_outprov", "省外到位资金"],
];

/** The rules a form edits that a sheet of the workbook overrides, by sheet. */
const SHEET_OF = { scheme: SCHEME_SHEET, requirements: REQUIREMENT_SHEET, policy: POLICY_SHEET };

/**
 * Settings panel: rounding, display unit, county name and the measure the report leads with;
 * the county's rules as forms (达标要求, 统计口径, 考评办法) and custom indicators over Chinese
 * names, each checked as typed; 导入/导出 of the settings file. Saved in the workbook. When the
 * workbook has a rule sheet (`sheets`), the panel says that sheet takes precedence.
 */
export function SettingsSection(props: {
  settings: Settings;
  loadErrors: SettingsError[];
  saved: boolean;
  disabled: boolean;
  onSave: (s: Settings) => void;
  /** The workbook's sheet names, to tell which rule sheets it has. */
  sheets?: readonly string[];
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState(props.settings);
  // The forms keep their own text; a new generation remounts them with new settings.
  const [generation, setGeneration] = useState(0);
  const [requirements, setRequirements] = useState<IndicatorRequirement[] | null>(
    props.settings.requirements ?? [],
  );
  const [policy, setPolicy] = useState<CountingPolicy | null | undefined>(
    props.settings.countingPolicy,
  );
  const [scheme, setScheme] = useState<ScoringScheme | null>(props.settings.scoring);
  // 签约金额分档 as staff type it ("1000、10000、100000"); empty means DOMAIN.md's default bands.
  const [bands, setBands] = useState(bandsText(props.settings.sizeBands));
  const [errors, setErrors] = useState<SettingsError[]>([]);
  const reset = (s: Settings) => {
    setDraft(s);
    setRequirements(s.requirements ?? []);
    setPolicy(s.countingPolicy);
    setScheme(s.scoring);
    setBands(bandsText(s.sizeBands));
    setGeneration((g) => g + 1);
  };
  useEffect(() => reset(props.settings), [props.settings]);

  // Only custom indicators that compile can be named by requirements and the scheme.
  const customChecks = useMemo(
    () => checkCustomIndicators(draft.customIndicators),
    [draft.customIndicators],
  );
  const catalogue = useMemo(() => {
    const valid = draft.customIndicators.filter((_, i) => customChecks[i] === null);
    // The bands as typed, once they are whole numbers: 达标要求 and 考评办法 may name them.
    const typed = readBands(bands);
    const { sizeBands: _b, ...rest } = draft;
    const sizeBands =
      typed && typed.every((b) => Number.isInteger(b) && b > 0)
        ? [...new Set(typed)].sort((a, b) => a - b)
        : undefined;
    return settingsCatalogue({
      ...rest,
      ...(sizeBands ? { sizeBands } : {}),
      customIndicators: valid,
      requirements: [],
    });
  }, [draft, customChecks, bands]);
  const options: IndicatorOption[] = useMemo(
    () =>
      catalogue
        .filter((c) => c.def.format !== "rank" && c.def.format !== "flag")
        .map((c) => ({ key: c.def.key, name: c.def.name, format: c.def.format })),
    [catalogue],
  );

  const composed: Settings | null =
    requirements === null ||
    policy === null ||
    scheme === null ||
    customChecks.some((m) => m !== null)
      ? null
      : (() => {
          const { requirements: _r, countingPolicy: _p, sizeBands: _b, ...rest } = draft;
          const sizeBands = readBands(bands);
          return {
            ...rest,
            ...(sizeBands ? { sizeBands } : {}),
            scoring: scheme,
            ...(requirements.length > 0 ? { requirements } : {}),
            ...(policy ? { countingPolicy: policy } : {}),
          };
        })();
  const save = () => {
    if (!composed) return;
    const parsed = parseSettings(serializeSettings(composed));
    setErrors(parsed.ok ? [] : parsed.errors);
    if (parsed.ok) props.onSave(parsed.settings);
  };
  const has = (sheet: string) => props.sheets?.includes(sheet) === true;
  const overridden = (sheet: string) =>
    has(sheet) && (
      <MessageBar intent="info">
        <MessageBarBody>
          本工作簿的「{sheet}
          」表优先：一键计算和命令行都按该表计算，这里的设置仅在没有该表时使用。要修改请直接编辑该表。
        </MessageBarBody>
      </MessageBar>
    );
  const shown = errors.length > 0 ? errors : props.loadErrors;
  const setRounding = (key: "percentDecimals" | "yiDecimals", v: string) =>
    setDraft({ ...draft, rounding: { ...draft.rounding, [key]: Number(v) } });
  return (
    <section className={styles.section} aria-labelledby="settings-title">
      <Text id="settings-title" weight="semibold" size={400}>
        设置
      </Text>
      <Text size={200} className={styles.hint}>
        保存在本工作簿中，打开这个工作簿的同事使用同一套设置。
      </Text>
      <div className={styles.pair}>
        <Field label="百分比小数位" size="small">
          <Input
            type="number"
            min={0}
            max={6}
            value={String(draft.rounding.percentDecimals)}
            onChange={(_, d) => setRounding("percentDecimals", d.value)}
          />
        </Field>
        <Field label="亿元小数位" size="small">
          <Input
            type="number"
            min={0}
            max={6}
            value={String(draft.rounding.yiDecimals)}
            onChange={(_, d) => setRounding("yiDecimals", d.value)}
          />
        </Field>
        <Field label="金额显示单位" size="small">
          <Select
            value={draft.displayUnit}
            onChange={(_, d) =>
              setDraft({ ...draft, displayUnit: d.value === "万元" ? "万元" : "亿元" })
            }
          >
            <option value="亿元">亿元</option>
            <option value="万元">万元</option>
          </Select>
        </Field>
        <Field label="本县称谓" size="small">
          <Input
            value={draft.countyName}
            onChange={(_, d) => setDraft({ ...draft, countyName: d.value })}
          />
        </Field>
        <Field label="报告首先写" size="small">
          <Select
            value={draft.leadMeasure ?? "signed"}
            onChange={(_, d) => setDraft({ ...draft, leadMeasure: d.value as LeadMeasure })}
          >
            {LEADS.map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="签约金额分档（万元）"
          size="small"
          hint="统计“××以上项目”的个数和签约资金，用顿号或逗号分隔；留空为 1000、10000、100000"
        >
          <Input
            value={bands}
            placeholder="1000、10000、100000"
            onChange={(_, d) => setBands(d.value)}
          />
        </Field>
      </div>
      <Divider />
      <CustomIndicatorsForm
        indicators={draft.customIndicators}
        onChange={(customIndicators) => setDraft({ ...draft, customIndicators })}
      />
      <Divider />
      {overridden(SHEET_OF.requirements)}
      <RequirementsForm
        key={`r${generation}`}
        requirements={requirements ?? []}
        options={options}
        onChange={setRequirements}
      />
      <Divider />
      {overridden(SHEET_OF.policy)}
      <PolicyForm key={`p${generation}`} policy={policy ?? undefined} onChange={setPolicy} />
      <Divider />
      {overridden(SHEET_OF.scheme)}
      <SchemeForm
        key={`s${generation}`}
        scheme={scheme ?? draft.scoring}
        catalogue={catalogue}
        options={options}
        onChange={setScheme}
      />
      <Divider />
      <SettingsTransfer current={composed} onImport={reset} />
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
      {!composed && (
        <Text size={200} className={styles.error}>
          有设置项需要更正（见标红处），更正后才能保存。
        </Text>
      )}
      <Button appearance="primary" disabled={props.disabled || !composed} onClick={save}>
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

/** The settings' size bands as the field shows them: "" for the default bands. */
function bandsText(bands: readonly number[] | undefined): string {
  return bands ? bands.join("、") : "";
}

/**
 * The size bands typed in the field, or undefined for the default ones. Anything that is not a
 * number is kept as NaN, so parseSettings refuses it with its own message under the form.
 */
function readBands(text: string): number[] | undefined {
  const parts = text.split(/[,，、\s]+/).filter((p) => p !== "");
  return parts.length === 0
    ? undefined
    : parts.map((p) => (/^\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
}
