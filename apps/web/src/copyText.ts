import { copyWithTextarea } from "@zsyz/settings-ui";

/**
 * Copies text to the clipboard: the Clipboard API where the browser allows it (file:// pages
 * are secure contexts in Chrome and Firefox), else a hidden textarea and execCommand("copy"),
 * which older 360/奇安信 builds still need.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithTextarea(text);
  }
}
