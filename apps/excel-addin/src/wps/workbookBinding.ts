import { AddinError, type AddinRemedy } from "../office/AddinError.js";
import { WPS_PROGRAM } from "./toWpsError.js";
import type { EtApplication, EtWorkbook } from "./wpsApi.js";

/** One open workbook as the WPS pane tells them apart: full path (or name, unsaved) and name. */
export interface WpsWorkbookId {
  fullName: string;
  name: string;
}

/** The active workbook, or null when WPS 表格 has none open. */
export function activeWorkbookId(app: EtApplication): WpsWorkbookId | null {
  // Typed as always there for the code that runs after this check (wpsApi.ts).
  const book = app.ActiveWorkbook as EtWorkbook | null | undefined;
  if (book === null || book === undefined) return null;
  return { fullName: book.FullName || book.Name, name: book.Name };
}

/**
 * In WPS one task pane serves every open workbook; the pane's sheet list, settings, check
 * result, marks and fill undo belong to one of them. The host is bound to that workbook and
 * refuses to act while another one is active (saying which, with a button to `follow` it)
 * rather than land a setting, a mark or an undo in the wrong file. The pane always names the
 * workbook (paneBooks.ts); a host made without one (a test's) binds to the first it acts on.
 */
export function bindWorkbook(
  app: EtApplication,
  bound: WpsWorkbookId | null,
  follow?: (workbook: WpsWorkbookId) => void,
): () => WpsWorkbookId {
  let mine = bound;
  return () => {
    const active = activeWorkbookId(app);
    if (active === null) throw new AddinError("no_workbook", { program: WPS_PROGRAM });
    mine ??= active;
    if (active.fullName === mine.fullName) return mine;
    const remedy: AddinRemedy | undefined = follow && {
      label: `改为处理「${active.name}」`,
      run: () => follow(active),
    };
    const open = isWorkbookOpen(app, mine);
    throw new AddinError(open ? "workbook_switched" : "workbook_gone", {
      program: WPS_PROGRAM,
      detail: switchedText(mine, active, open),
      ...(remedy ? { remedy } : {}),
    });
  };
}

/**
 * Whether a workbook of that full name is still open. Saving under another name (另存为) changes
 * the full name, so a workbook saved so is as gone as a closed one. True when this WPS build
 * cannot list its workbooks: the pane then says "switched", as it did before it could tell.
 */
export function isWorkbookOpen(app: EtApplication, book: WpsWorkbookId): boolean {
  try {
    return findOpenWorkbook(app, book.fullName) !== null;
  } catch (e) {
    // Only the wording depends on it; the refusal stands either way.
    console.error(e);
    return true;
  }
}

/**
 * The open workbook of that full name, or null when none is open. Throws what WPS throws when
 * this build cannot list its workbooks (自检 reports that; isWorkbookOpen words around it).
 */
export function findOpenWorkbook(app: EtApplication, fullName: string): EtWorkbook | null {
  const books = app.Workbooks;
  for (let i = 1; i <= books.Count; i++) {
    const book = books.Item(i);
    if (book.FullName === fullName) return book;
  }
  return null;
}

/**
 * What the pane says when the workbook in front is not its own: 「当前工作簿已从「A.xlsx」切换为
 * 「B.xlsx」…」 while A is still open, else that A was closed or saved under another name.
 */
export function switchedText(bound: WpsWorkbookId, active: WpsWorkbookId, open = true): string {
  return open
    ? `当前工作簿已从「${bound.name}」切换为「${active.name}」，窗格仍在处理「${bound.name}」。`
    : `窗格处理的「${bound.name}」已关闭，或已另存为其他文件名；当前工作簿是「${active.name}」。`;
}

/** What the WPS pane says, instead of its buttons, while WPS 表格 has no workbook open. */
export const NO_WORKBOOK_TEXT =
  "请在 WPS 表格中打开台账所在的工作簿，或新建一个工作簿（再在「台账」页点「新建台账」）。回到窗格时，窗格会自动连接到最前面的工作簿。";

/** 「已连接工作簿「A.xlsx」…」: what the pane says when it connected to a workbook by itself. */
export function joinedText(book: WpsWorkbookId): string {
  return `已连接工作簿「${book.name}」：窗格里的校验、计算、标记和设置都作用于这个工作簿。`;
}
