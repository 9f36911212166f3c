import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Capabilities, Capability } from "../office/capabilities.js";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Says what this program (this Excel version, or WPS) cannot do, as its host reports it. */
export function CapabilityNotice({
  capabilities,
  notes,
  hostName,
}: {
  capabilities: Capabilities;
  notes: Record<Capability, string>;
  hostName: string;
}) {
  const styles = useStyles();
  const missing = (Object.keys(capabilities) as Capability[]).filter((k) => !capabilities[k]);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {hostName === "Excel" ? "当前 Excel 版本的限制" : `${hostName}中的限制`}
        </MessageBarTitle>
        <ul className={styles.list}>
          {missing.map((k) => (
            <li key={k}>{notes[k]}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
