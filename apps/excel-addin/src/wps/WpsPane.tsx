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
import { useCallback, useEffect, useMemo, useState } from "react";
import { App } from "../App.js";
import type { PaneHost } from "../host/PaneHost.js";
import {
  dismissJoined,
  followBook,
  otherInFront,
  seeFront,
  startBooks,
  type PaneBooks,
} from "./paneBooks.js";
import type { PartsBoard } from "./partsBoard.js";
import {
  NO_WORKBOOK_TEXT,
  activeWorkbookId,
  isWorkbookOpen,
  joinedText,
  switchedText,
  type WpsWorkbookId,
} from "./workbookBinding.js";
import type { EtApplication } from "./wpsApi.js";
import { wpsPaneHost } from "./wpsPaneHost.js";

const useStyles = makeStyles({
  bar: { margin: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  waiting: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

/**
 * The WPS pane, one App per workbook (paneBooks.ts), each on a host bound to its workbook by
 * name. Opened with no workbook, the pane says so and shows no buttons; it connects to the first
 * workbook that appears and says which. When the user has brought another workbook to the front
 * (noticed when the pointer or focus comes back to the pane), a bar says so with a button to work
 * on that one; nothing switches by itself, so a click meant for one workbook never lands in
 * another, and no App (its results, marks, fill undo) is ever dropped.
 */
export function WpsPane({ app, board }: { app: EtApplication; board: PartsBoard }) {
  const styles = useStyles();
  const [state, setState] = useState<PaneBooks>(() => startBooks(activeWorkbookId(app)));
  const follow = useCallback((book: WpsWorkbookId) => setState((s) => followBook(s, book)), []);
  const look = useCallback(() => {
    try {
      const front = activeWorkbookId(app);
      // Whether the pane's own workbook is still open is asked here, at the look, and kept.
      setState((s) => seeFront(s, front, (book) => isWorkbookOpen(app, book)));
    } catch (e) {
      // A glance at which workbook is in front; the next button says what went wrong, if anything.
      console.error(e);
    }
  }, [app]);
  const hosts = useMemo(() => new Map<string, PaneHost>(), []);
  const hostOf = (book: WpsWorkbookId): PaneHost => {
    let host = hosts.get(book.fullName);
    if (!host) {
      host = wpsPaneHost(app, { board, follow, workbook: book });
      hosts.set(book.fullName, host);
    }
    return host;
  };
  useEffect(() => {
    // The pointer coming into the pane from the sheet, or the keyboard focus coming back.
    const root = document.documentElement;
    window.addEventListener("focus", look);
    root.addEventListener("pointerenter", look);
    return () => {
      window.removeEventListener("focus", look);
      root.removeEventListener("pointerenter", look);
    };
  }, [look]);
  const { current, joined } = state;
  const other = otherInFront(state);
  return (
    <>
      {current === null && (
        <div className={styles.waiting}>
          <Text as="h1" size={500} weight="semibold">
            招商台账
          </Text>
          <MessageBar intent="info" layout="multiline" data-testid="wps-no-workbook">
            <MessageBarBody>
              <MessageBarTitle>没有打开的工作簿</MessageBarTitle>
              {NO_WORKBOOK_TEXT}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={look}>
                重新检查
              </Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      {joined && (
        <MessageBar
          intent="success"
          layout="multiline"
          className={styles.bar}
          data-testid="wps-joined"
        >
          <MessageBarBody>{joinedText(joined)}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label="关闭"
                onClick={() => setState(dismissJoined)}
              >
                关闭
              </Button>
            }
          />
        </MessageBar>
      )}
      {current && other && (
        <MessageBar
          intent="warning"
          layout="multiline"
          className={styles.bar}
          data-testid="wps-switched"
        >
          <MessageBarBody>{switchedText(current, other, state.currentOpen)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => follow(other)}>
              改为处理「{other.name}」
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.books.map((book) => (
        <div key={book.fullName} hidden={book.fullName !== current?.fullName}>
          <App host={hostOf(book)} />
        </div>
      ))}
    </>
  );
}
