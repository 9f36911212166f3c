import { copyToClipboard, type Clipboards } from "@zsyz/settings-ui";
import { AddinError } from "../office/AddinError.js";

/**
 * Copies text for 「复制」 (report paragraph, 自检 report) through @zsyz/settings-ui's copy; when
 * the program refuses it, an AddinError that tells the user to select the text and press Ctrl+C
 * rather than the browser's English refusal as an internal error.
 */
export async function copyText(
  text: string,
  options: { program: string; via?: Clipboards },
): Promise<void> {
  const copied = await copyToClipboard(text, options.via);
  if (!copied.ok)
    throw new AddinError("clipboard_blocked", { cause: copied.refusal, program: options.program });
}
