import { copyWithTextarea } from "./copyWithTextarea.js";

/** The two ways a page can put text on the clipboard (injectable for tests). */
export interface Clipboards {
  /** The Clipboard API, when the page has it; Excel on the web's add-in frame refuses it. */
  writeText?: (text: string) => Promise<void>;
  /** A hidden textarea and execCommand("copy"): whether the copy happened. */
  execCopy: (text: string) => boolean;
}

/** Whether the text reached the clipboard; if not, what the browser said (its first refusal). */
export type CopyResult = { ok: true } | { ok: false; refusal: unknown };

/** The page's own clipboards: navigator.clipboard where there is one, and the textarea copy. */
export function pageClipboards(): Clipboards {
  const api = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  return {
    ...(api ? { writeText: (text: string) => api.writeText(text) } : {}),
    execCopy: copyWithTextarea,
  };
}

/**
 * Copies text for 「复制」 in the task pane and the offline page: the Clipboard API where it is
 * allowed (file:// pages are secure contexts in Chrome and Firefox), else the textarea copy, which
 * Excel on the web's add-in frame and older 360/奇安信 builds need. Never throws: the caller
 * words a refusal for its user.
 */
export async function copyToClipboard(
  text: string,
  via: Clipboards = pageClipboards(),
): Promise<CopyResult> {
  let refusal: unknown;
  if (via.writeText) {
    try {
      await via.writeText(text);
      return { ok: true };
    } catch (e) {
      refusal = e;
    }
  }
  try {
    if (via.execCopy(text)) return { ok: true };
  } catch (e) {
    refusal ??= e;
  }
  return { ok: false, refusal };
}
