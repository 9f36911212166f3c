import type { WpsWorkbookId } from "./workbookBinding.js";

/**
 * What the WPS pane knows of the open workbooks. WPS shows one task pane for all of them, so the
 * pane keeps one App (sheet list, settings, check result, marks, fill undo) per workbook it has
 * worked on, each bound to its workbook by name, and shows one of them.
 */
export interface PaneBooks {
  /** Every workbook the pane has an App for, in the order it met them. Only ever grows. */
  readonly books: readonly WpsWorkbookId[];
  /** The workbook whose App is shown; null while no workbook has been open since the pane opened. */
  readonly current: WpsWorkbookId | null;
  /** The workbook in front at the last look; null when none is open. */
  readonly front: WpsWorkbookId | null;
  /** The workbook the pane connected to by itself (it opened with none): said once, until dismissed. */
  readonly joined: WpsWorkbookId | null;
  /**
   * Whether `current` was still open at the last look that found another workbook in front:
   * false once it was closed or saved under another name (另存为).
   */
  readonly currentOpen: boolean;
}

function withBook(books: readonly WpsWorkbookId[], book: WpsWorkbookId): WpsWorkbookId[] {
  return books.some((b) => b.fullName === book.fullName) ? [...books] : [...books, book];
}

/** The pane as it opens: on the workbook in front, or on none (it then waits for one). */
export function startBooks(front: WpsWorkbookId | null): PaneBooks {
  return { books: front ? [front] : [], current: front, front, joined: null, currentOpen: true };
}

/**
 * After a look at the workbook in front: a pane on no workbook connects to it and says so; a pane
 * on a workbook only notes it (the user decides whether to follow, see followBook). `isOpen`
 * (whether a workbook is still open, asked of WPS) is asked only when another workbook is in
 * front, once per look, not each time the pane draws.
 */
export function seeFront(
  state: PaneBooks,
  front: WpsWorkbookId | null,
  isOpen: (book: WpsWorkbookId) => boolean = () => true,
): PaneBooks {
  const { current } = state;
  if (current === null && front !== null)
    return {
      books: withBook(state.books, front),
      current: front,
      front,
      joined: front,
      currentOpen: true,
    };
  const currentOpen =
    current === null || front === null || front.fullName === current.fullName || isOpen(current);
  // The same state when nothing changed: React then leaves every App as it is.
  const same =
    state.front?.fullName === front?.fullName &&
    state.front?.name === front?.name &&
    state.currentOpen === currentOpen;
  return same ? state : { ...state, front, currentOpen };
}

/** The user asked to work on `book`: its App as it was left, or a new one. No App is dropped. */
export function followBook(state: PaneBooks, book: WpsWorkbookId): PaneBooks {
  return {
    books: withBook(state.books, book),
    current: book,
    front: book,
    joined: null,
    currentOpen: true,
  };
}

/** The notice of the workbook the pane connected to is closed. */
export function dismissJoined(state: PaneBooks): PaneBooks {
  return { ...state, joined: null };
}

/** The workbook in front when it is not the one the pane works on; null otherwise. */
export function otherInFront(state: PaneBooks): WpsWorkbookId | null {
  const { current, front } = state;
  return current && front && front.fullName !== current.fullName ? front : null;
}
