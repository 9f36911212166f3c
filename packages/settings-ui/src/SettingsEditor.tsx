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
  checkSettingNumber,
  checkSettingText,
  DEFAULT_SETTINGS,
  DEFAULT_SIZE_BANDS,
  LEAD_MEASURE_LABELS,
  parseSettings,
  readSizeBandsText,
  serializeSettings,
  SETTING_LABELS,
  settingsCatalogue,
  sizeBandsText,
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
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

const LEADS = Object.entries(LEAD_MEASURE_LABELS) as [LeadMeasure, string][];
const L = SETTING_LABELS;

/** A field's error state: the message under it, or nothing. */
const invalid = (message: string | null) =>
  message === null ? {} : { validationState: "error" as const, validationMessage: message };

/** The rules a form edits that a sheet of the workbook overrides, by sheet. */
const SHEET_OF = { scheme: SCHEME_SHEET, requirements: REQUIREMENT_SHEET, policy: POLICY_SHEET };

/** A rule sheet that replaces a form's part of the settings (考评办法, 达标要求, 统计口径). */
export type RuleSheet = (typeof SHEET_OF)[keyof typeof SHEET_OF];

/** What the host supplies: the settings in force, where they are kept, and how to keep them. */
export interface SettingsEditorProps {
  /** The settings in force; the forms edit a draft of them until 保存设置. */
  settings: Settings;
  /** Why the kept settings could not be read in full (shown until the next save). */
  loadErrors: readonly SettingsError[];
  disabled: boolean;
  /** Keeps valid settings (the workbook, the browser); the host passes them back as `settings`. */
  onSave: (settings: Settings) => void;
  /** Where the settings are kept, said under the title ("保存在本工作簿中…"). */
  storageHint: string;
  /** What the host says once it kept them ("设置已保存到本工作簿。"), or null. */
  savedNotice: string | null;
  /** The host's words when a rule sheet takes precedence over its form, or null when none does. */
  sheetNotice: (sheet: RuleSheet) => string | null;
  /** Offers the exported JSON as a file download too (the page), beside the text to copy. */
  onExportFile?: (text: string) => void;
}

/**
 * The settings editor of the pane and the page: rounding, display unit, county name, the
 * measure the report leads with and 签约金额分档; the county's rules as forms (达标要求,
 * 统计口径, 考评办法) and custom indicators over Chinese names, each checked as typed; 导入/导出
 * of the settings file; 撤销修改 and 恢复默认 (both only refill the forms). The host keeps what
 * 保存设置 hands it and says where; a rule sheet that wins over a form is said above it.
 */
export function SettingsEditor(props: SettingsEditorProps) {
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
  const [bands, setBands] = useState(sizeBandsText(props.settings.sizeBands));
  const [refilled, setRefilled] = useState<string | null>(null);
  const reset = (s: Settings) => {
    setDraft(s);
    setRequirements(s.requirements ?? []);
    setPolicy(s.countingPolicy);
    setScheme(s.scoring);
    setBands(sizeBandsText(s.sizeBands));
    setGeneration((g) => g + 1);
  };
  useEffect(() => reset(props.settings), [props.settings]);

  // 签约金额分档 by the rule parseSettings reads it with, in its words; until they are valid,
  // the default bands stand for them in the catalogue.
  const bandsRead = useMemo(() => readSizeBandsText(bands), [bands]);
  const typedBands = bandsRead.ok ? bandsRead.bands : undefined;
  // Only custom indicators that compile can be named by requirements and the scheme.
  const customChecks = useMemo(
    () => checkCustomIndicators(draft.customIndicators, typedBands),
    [draft.customIndicators, typedBands],
  );
  const catalogue = useMemo(() => {
    const valid = draft.customIndicators.filter((_, i) => customChecks[i] === null);
    const { sizeBands: _b, ...rest } = draft;
    return settingsCatalogue({
      ...rest,
      ...(typedBands ? { sizeBands: typedBands } : {}),
      customIndicators: valid,
      requirements: [],
    });
  }, [draft, customChecks, typedBands]);
  const options: IndicatorOption[] = useMemo(
    () =>
      catalogue
        .filter((c) => c.def.format !== "rank" && c.def.format !== "flag")
        .map((c) => ({ key: c.def.key, name: c.def.name, format: c.def.format })),
    [catalogue],
  );

  // The fields' own checks: the checkers parseSettings uses, so the same words.
  const fieldErrors = {
    percentDecimals: checkSettingNumber("rounding.percentDecimals", draft.rounding.percentDecimals),
    yiDecimals: checkSettingNumber("rounding.yiDecimals", draft.rounding.yiDecimals),
    countyName: checkSettingText("countyName", draft.countyName),
    sizeBands: bandsRead.ok ? null : bandsRead.message,
  };
  // A message under a field is not listed again under the forms: such settings are not composed.
  const fieldsWrong = Object.values(fieldErrors).some((m) => m !== null);
  const composed: Settings | null = useMemo(() => {
    if (
      requirements === null ||
      policy === null ||
      scheme === null ||
      fieldsWrong ||
      !bandsRead.ok ||
      customChecks.some((m) => m !== null)
    )
      return null;
    const { requirements: _r, countingPolicy: _p, sizeBands: _b, ...rest } = draft;
    return {
      ...rest,
      ...(bandsRead.bands ? { sizeBands: bandsRead.bands } : {}),
      scoring: scheme,
      ...(requirements.length > 0 ? { requirements } : {}),
      ...(policy ? { countingPolicy: policy } : {}),
    };
  }, [draft, bandsRead, requirements, policy, scheme, customChecks, fieldsWrong]);
  // What 保存设置 would keep, read back as the workbook will read it: anything parseSettings
  // refuses is listed, and nothing is saved, before the button is pressed.
  const checked = useMemo(
    () => (composed ? parseSettings(serializeSettings(composed)) : null),
    [composed],
  );
  const ready = checked?.ok ? checked.settings : null;
  const errors: readonly SettingsError[] = checked && !checked.ok ? checked.errors : [];
  const save = () => {
    if (!ready) return;
    setRefilled(null);
    props.onSave(ready);
  };
  const overridden = (sheet: RuleSheet) => {
    const notice = props.sheetNotice(sheet);
    return (
      notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )
    );
  };
  // 撤销修改 and 恢复默认 only refill the forms: nothing is kept until 保存设置.
  const refill = (s: Settings, notice: string) => {
    reset(s);
    setRefilled(notice);
  };
  const shown: readonly SettingsError[] = errors.length > 0 ? errors : props.loadErrors;
  // An emptied box is no 0: NaN, so checkSettingNumber says what to write under the field.
  const setRounding = (key: "percentDecimals" | "yiDecimals", v: string) =>
    setDraft({
      ...draft,
      rounding: { ...draft.rounding, [key]: v.trim() === "" ? Number.NaN : Number(v) },
    });
  const roundingText = (n: number) => (Number.isNaN(n) ? "" : String(n));
  return (
    <section className={styles.section} aria-labelledby="settings-title">
      <Text id="settings-title" weight="semibold" size={400}>
        设置
      </Text>
      <Text size={200} className={styles.hint}>
        {props.storageHint}
      </Text>
      <div className={styles.pair}>
        <Field
          label={L["rounding.percentDecimals"]}
          size="small"
          {...invalid(fieldErrors.percentDecimals)}
        >
          <Input
            type="number"
            min={0}
            max={6}
            value={roundingText(draft.rounding.percentDecimals)}
            onChange={(_, d) => setRounding("percentDecimals", d.value)}
          />
        </Field>
        <Field label={L["rounding.yiDecimals"]} size="small" {...invalid(fieldErrors.yiDecimals)}>
          <Input
            type="number"
            min={0}
            max={6}
            value={roundingText(draft.rounding.yiDecimals)}
            onChange={(_, d) => setRounding("yiDecimals", d.value)}
          />
        </Field>
        <Field label={L.displayUnit} size="small">
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
        <Field label={L.countyName} size="small" {...invalid(fieldErrors.countyName)}>
          <Input
            value={draft.countyName}
            onChange={(_, d) => setDraft({ ...draft, countyName: d.value })}
          />
        </Field>
        <Field label={L.leadMeasure} size="small">
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
          label={`${L.sizeBands}（万元）`}
          size="small"
          {...invalid(fieldErrors.sizeBands)}
          hint={`统计“××以上项目”的个数和签约资金，用顿号或逗号分隔；留空为 ${DEFAULT_SIZE_BANDS.join("、")}`}
        >
          <Input
            value={bands}
            placeholder={DEFAULT_SIZE_BANDS.join("、")}
            onChange={(_, d) => setBands(d.value)}
          />
        </Field>
      </div>
      <Divider />
      <CustomIndicatorsForm
        indicators={draft.customIndicators}
        messages={customChecks}
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
      <SettingsTransfer
        current={ready}
        onImport={(s) => {
          reset(s);
          setRefilled(null);
        }}
        {...(props.onExportFile ? { onExportFile: props.onExportFile } : {})}
      />
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
      {!ready && (
        <Text size={200} className={styles.error}>
          有设置项需要更正（见标红处），更正后才能保存。
        </Text>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={props.disabled || !ready} onClick={save}>
          保存设置
        </Button>
        <Button
          disabled={props.disabled}
          onClick={() => refill(props.settings, "已撤销未保存的修改。")}
        >
          撤销修改
        </Button>
        <Button
          disabled={props.disabled}
          onClick={() => refill(DEFAULT_SETTINGS, "已填入默认设置，点「保存设置」后生效。")}
        >
          恢复默认
        </Button>
      </div>
      {refilled && (
        <Text size={200} className={styles.hint} role="status">
          {refilled}
        </Text>
      )}
      {!refilled && props.savedNotice && errors.length === 0 && (
        <Text size={200} className={styles.done} role="status">
          {props.savedNotice}
        </Text>
      )}
    </section>
  );
}
