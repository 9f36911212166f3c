import { Checkbox, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  type CountingPolicy,
  DEFAULT_COUNTING_POLICY,
  ENUMS,
  type FundSource,
  type SignType,
} from "@zsyz/ledger";
import { useState } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  boxes: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

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
  const min = minText.trim() === "" ? undefined : Number(minText.trim());
  const minBad = min !== undefined && (!Number.isFinite(min) || min < 0);
  const noSign = policy.signTypes.length === 0;
  const report = (next: CountingPolicy, nextMin: string) => {
    setPolicy(next);
    const m = nextMin.trim() === "" ? undefined : Number(nextMin.trim());
    const valid = next.signTypes.length > 0 && (m === undefined || (Number.isFinite(m) && m >= 0));
    const { minSigned: _, ...rest } = next;
    props.onChange(valid ? { ...rest, ...(m === undefined ? {} : { minSigned: m }) } : null);
  };
  return (
    <div className={styles.section} role="group" aria-label="统计口径">
      <Text weight="semibold">统计口径</Text>
      <Field label="计入的资金来源">
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
      </Field>
      <Field
        label="计为签约的签约类型"
        hint="框架协议、意向始终另行统计（框架协议/意向项目数、金额）。"
        {...(noSign
          ? { validationState: "error" as const, validationMessage: "请至少选择一种签约类型。" }
          : {})}
      >
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
      </Field>
      <Field
        label="新签项目签约资金起点（万元）"
        hint="低于起点的新签项目不计入；留空表示不设起点。"
        {...(minBad
          ? {
              validationState: "error" as const,
              validationMessage: "起点应为不小于 0 的金额（万元）。",
            }
          : {})}
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
