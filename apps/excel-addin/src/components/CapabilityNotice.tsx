import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Capabilities, Capability } from "../office/capabilities.js";
import { MISSING_CAPABILITY_NOTES } from "../office/capabilities.js";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Says what this Excel version cannot do, as found by the requirement-set check at start-up. */
export function CapabilityNotice({ capabilities }: { capabilities: Capabilities }) {
  const styles = useStyles();
  const missing = (Object.keys(capabilities) as Capability[]).filter((k) => !capabilities[k]);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>当前 Excel 版本的限制</MessageBarTitle>
        <ul className={styles.list}>
          {missing.map((k) => (
            <li key={k}>{MISSING_CAPABILITY_NOTES[k]}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
