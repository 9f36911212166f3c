import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { App } from "../App.js";
import type { PaneHost } from "../host/PaneHost.js";
import type { PartsBoard } from "./partsBoard.js";
import { activeWorkbookId, switchedText, type WpsWorkbookId } from "./workbookBinding.js";
import type { EtApplication } from "./wpsApi.js";
import { wpsPaneHost } from "./wpsPaneHost.js";

const useStyles = makeStyles({
  bar: { margin: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
});

/** The key of the pane for a WPS 表格 opened with no workbook: it binds to the first one used. */
const UNBOUND = "";

/**
 * The WPS pane, one per workbook: WPS shows one task pane for every open workbook, so the pane
 * keeps an App (sheet list, settings, check result, fill undo) per workbook it worked on, each
 * bound to its workbook, and shows the one it is working on. When the user has brought another
 * workbook to the front (noticed when the pointer or focus comes back to the pane), a bar says
 * so with a button to work on that one; nothing switches by itself, so a click meant for one
 * workbook never lands in another.
 */
export function WpsPane({ app, board }: { app: EtApplication; board: PartsBoard }) {
  const styles = useStyles();
  const [books, setBooks] = useState<WpsWorkbookId[]>(() => {
    const first = activeWorkbookId(app);
    return first ? [first] : [];
  });
  const [current, setCurrent] = useState(() => books[0]?.fullName ?? UNBOUND);
  const [front, setFront] = useState<WpsWorkbookId | null>(() => books[0] ?? null);
  const follow = useCallback((book: WpsWorkbookId) => {
    setBooks((known) =>
      known.some((b) => b.fullName === book.fullName) ? known : [...known, book],
    );
    setCurrent(book.fullName);
    setFront(book);
  }, []);
  const hosts = useMemo(() => new Map<string, PaneHost>(), []);
  const hostOf = (book: WpsWorkbookId | null): PaneHost => {
    const key = book?.fullName ?? UNBOUND;
    let host = hosts.get(key);
    if (!host) {
      host = wpsPaneHost(app, { board, follow, ...(book ? { workbook: book } : {}) });
      hosts.set(key, host);
    }
    return host;
  };
  useEffect(() => {
    const look = () => {
      try {
        setFront(activeWorkbookId(app));
      } catch (e) {
        // A glance at which workbook is in front; the next button says what went wrong, if anything.
        console.error(e);
      }
    };
    // The pointer coming into the pane from the sheet, or the keyboard focus coming back.
    const root = document.documentElement;
    window.addEventListener("focus", look);
    root.addEventListener("pointerenter", look);
    return () => {
      window.removeEventListener("focus", look);
      root.removeEventListener("pointerenter", look);
    };
  }, [app]);
  const shown = books.find((b) => b.fullName === current);
  const elsewhere = shown && front && front.fullName !== shown.fullName ? front : null;
  const panes = books.length > 0 ? books : [null];
  return (
    <>
      {shown && elsewhere && (
        <MessageBar
          intent="warning"
          layout="multiline"
          className={styles.bar}
          data-testid="wps-switched"
        >
          <MessageBarBody>{switchedText(shown, elsewhere)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => follow(elsewhere)}>
              改为处理「{elsewhere.name}」
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {panes.map((book) => (
        <div key={book?.fullName ?? UNBOUND} hidden={(book?.fullName ?? UNBOUND) !== current}>
          <App host={hostOf(book)} />
        </div>
      ))}
    </>
  );
}
