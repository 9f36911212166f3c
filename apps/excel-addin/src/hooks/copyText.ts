import { copyWithTextarea } from "@zsyz/settings-ui";
import { AddinError } from "../office/AddinError.js";

/** The two ways a page can put text on the clipboard (injectable for tests). */
export interface Clipboards {
  /** The Clipboard API, when the page has it; Excel on the web's add-in frame refuses it. */
  writeText?: (text: string) => Promise<void>;
  /** A hidden textarea and execCommand("copy"): whether the copy happened. */
  execCopy: (text: string) => boolean;
}

/** The pane's own clipboards: navigator.clipboard, and the textarea for where it is refused. */
export function paneClipboards(): Clipboards {
  const api = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  return {
    ...(api ? { writeText: (text: string) => api.writeText(text) } : {}),
    execCopy: copyWithTextarea,
  };
}

/**
 * Copies text for 「复制」 (report paragraph, 自检 report): the Clipboard API, else the textarea
 * copy; when the program refuses both, an AddinError that tells the user to select the text and
 * press Ctrl+C rather than the browser's English refusal as an internal error.
 */
export async function copyText(
  text: string,
  options: { program: string; via?: Clipboards },
): Promise<void> {
  const via = options.via ?? paneClipboards();
  let refusal: unknown;
  if (via.writeText) {
    try {
      await via.writeText(text);
      return;
    } catch (e) {
      refusal = e;
    }
  }
  try {
    if (via.execCopy(text)) return;
  } catch (e) {
    refusal ??= e;
  }
  throw new AddinError("clipboard_blocked", { cause: refusal, program: options.program });
}
