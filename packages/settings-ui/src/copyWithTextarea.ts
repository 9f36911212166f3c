/**
 * Copies text the old way, for where the Clipboard API is refused (Excel on the web's add-in
 * frame, older 360/奇安信 builds): a hidden textarea selected and execCommand("copy"). Whether the
 * copy happened. copyToClipboard's second way, for the task pane and the offline page.
 */
export function copyWithTextarea(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } finally {
    area.remove();
  }
}
