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

/**
 * Shows an Excel, WPS or add-in error in Chinese: what happened, what to do, the raw details,
 * and a button when the pane can put it right itself (the error's remedy).
 */
export function ErrorBar({ error, onDismiss }: { error: AddinError; onDismiss: () => void }) {
  const styles = useStyles();
  const remedy = error.remedy;
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
        {...(remedy
          ? {
              children: (
                <Button
                  size="small"
                  onClick={() => {
                    onDismiss();
                    remedy.run();
                  }}
                >
                  {remedy.label}
                </Button>
              ),
            }
          : {})}
        containerAction={
          <Button appearance="transparent" size="small" onClick={onDismiss} aria-label="关闭">
            关闭
          </Button>
        }
      />
    </MessageBar>
  );
}
