/** Offers a Blob as a download named `name` (an <a download> click; nothing leaves the computer). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the Blob when the download starts; give it time before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
