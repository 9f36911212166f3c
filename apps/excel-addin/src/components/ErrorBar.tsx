import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AddinError } from "../office/AddinError.js";

const useStyles = makeStyles({
  details: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground3,
    wordBreak: "break-all",
  },
});

/** Shows an Excel or add-in error in Chinese: what happened, what to do, and the raw details. */
export function ErrorBar({ error, onDismiss }: { error: AddinError; onDismiss: () => void }) {
  const styles = useStyles();
  const details = [error.officeCode, error.location, error.message]
    .filter((x) => x !== undefined && x !== error.title)
    .join(" · ");
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{error.title}</MessageBarTitle>
        {error.action}
        {details && (
          <Text size={200} className={styles.details}>
            错误详情：{details}
          </Text>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={onDismiss} aria-label="关闭">
            关闭
          </Button>
        }
      />
    </MessageBar>
  );
}
