import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import type { PartsBoard } from "./partsBoard.js";

const useStyles = makeStyles({
  // Under the pane, kept in view while the user scrolls the results of the button.
  bar: {
    position: "sticky",
    bottom: 0,
    margin: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Says which parts of the last 新建台账 or 一键计算 this WPS build could not do (the rest was written). */
export function WpsPartsNotice({ board }: { board: PartsBoard }) {
  const styles = useStyles();
  const leftOut = useSyncExternalStore(board.subscribe, board.current);
  if (!leftOut) return null;
  return (
    <div className={styles.bar}>
      <MessageBar intent="info" layout="multiline" data-testid="wps-parts-notice">
        <MessageBarBody>
          <MessageBarTitle>
            「{leftOut.action}」已完成，这个 WPS 版本没有做到以下部分
          </MessageBarTitle>
          <ul className={styles.list}>
            {leftOut.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          数字和公式不受影响；需要这些部分时，可在 Excel
          中打开本工作簿再点一次，或把「自检」报告发给技术人员。
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" onClick={board.dismiss} aria-label="关闭">
              关闭
            </Button>
          }
        />
      </MessageBar>
    </div>
  );
}
