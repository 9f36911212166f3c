import {
  Checkbox,
  Field,
  Input,
  Label,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import {
  type CountingPolicy,
  DEFAULT_COUNTING_POLICY,
  ENUMS,
  type FundSource,
  type SignType,
} from "@zsyz/ledger";
import { checkSettingChoices, checkSettingNumber, SETTING_LABELS } from "@zsyz/indicators";
import { useState } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  boxes: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const L = SETTING_LABELS;

/** The 起点 as typed: undefined when empty, else the number (NaN for text). */
const minOf = (text: string): number | undefined =>
  text.trim() === "" ? undefined : Number(text.trim());

/** parseSettings' message for the 起点 as typed, or null. */
const minProblem = (text: string): string | null => {
  const m = minOf(text);
  return m === undefined ? null : checkSettingNumber("countingPolicy.minSigned", m);
};

const signProblem = (policy: CountingPolicy): string | null =>
  checkSettingChoices("countingPolicy.signTypes", policy.signTypes, ENUMS.sign_type);

const toggled = <T,>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] =>
  order.filter((x) => (x === value ? on : list.includes(x)));

/**
 * 统计口径 as a form: the origins counted and the sign types that count (checkboxes), the
 * minimum 签约资金 of a new project (empty: none). Reports the policy, or null while invalid.
 */
export function PolicyForm(props: {
  policy: CountingPolicy | undefined;
  onChange: (policy: CountingPolicy | null) => void;
}) {
  const styles = useStyles();
  const [policy, setPolicy] = useState<CountingPolicy>(props.policy ?? DEFAULT_COUNTING_POLICY);
  const [minText, setMinText] = useState(
    policy.minSigned === undefined ? "" : String(policy.minSigned),
  );
  const originsId = useId("origins");
  const signId = useId("sign-types");
  const minBad = minProblem(minText);
  const noSign = signProblem(policy);
  const report = (next: CountingPolicy, nextMin: string) => {
    setPolicy(next);
    const m = minOf(nextMin);
    const valid = signProblem(next) === null && minProblem(nextMin) === null;
    const { minSigned: _, ...rest } = next;
    props.onChange(valid ? { ...rest, ...(m === undefined ? {} : { minSigned: m }) } : null);
  };
  return (
    <div className={styles.section} role="group" aria-label={L.countingPolicy}>
      <Text weight="semibold">{L.countingPolicy}</Text>
      {/* A group, not a Field: a Field gives its one control id to every checkbox inside it,
          so a click on one label ticked the first box (Fluent UI issue 29837). */}
      <div className={styles.group} role="group" aria-labelledby={originsId}>
        <Label id={originsId}>{L["countingPolicy.origins"]}</Label>
        <div className={styles.boxes}>
          {ENUMS.fund_source.map((o) => (
            <Checkbox
              key={o}
              label={o}
              checked={policy.origins.includes(o)}
              onChange={(_, d) =>
                report(
                  {
                    ...policy,
                    origins: toggled<FundSource>(
                      policy.origins,
                      o,
                      d.checked === true,
                      ENUMS.fund_source,
                    ),
                  },
                  minText,
                )
              }
            />
          ))}
        </div>
      </div>
      <div className={styles.group} role="group" aria-labelledby={signId}>
        <Label id={signId}>{L["countingPolicy.signTypes"]}</Label>
        <div className={styles.boxes}>
          {ENUMS.sign_type.map((t) => (
            <Checkbox
              key={t}
              label={t}
              checked={policy.signTypes.includes(t)}
              onChange={(_, d) =>
                report(
                  {
                    ...policy,
                    signTypes: toggled<SignType>(
                      policy.signTypes,
                      t,
                      d.checked === true,
                      ENUMS.sign_type,
                    ),
                  },
                  minText,
                )
              }
            />
          ))}
        </div>
        {noSign && (
          <Text size={200} className={styles.error} role="alert">
            {noSign}
          </Text>
        )}
        <Text size={200} className={styles.hint}>
          框架协议、意向始终另行统计（框架协议/意向项目数、金额）。
        </Text>
      </div>
      <Field
        label={`${L["countingPolicy.minSigned"]}（万元）`}
        hint="低于起点的新签项目不计入；留空表示不设起点。"
        {...(minBad ? { validationState: "error" as const, validationMessage: minBad } : {})}
      >
        <Input
          inputMode="decimal"
          value={minText}
          onChange={(_, d) => {
            setMinText(d.value);
            report(policy, d.value);
          }}
        />
      </Field>
    </div>
  );
}
