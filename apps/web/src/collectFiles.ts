import { type InputKind, inputKind, isIgnoredName } from "./inputKind.js";

/** A file the user chose, as the page lists it before a run. */
export interface ChosenFile {
  /** The name shown and reported: the file name, or its path inside a chosen folder. */
  name: string;
  file: File;
  kind: InputKind;
}

/**
 * Keeps what the CLI would read from what the user gave. Files inside a folder are filtered as
 * `zsyz` walks a folder: lock files (~$…), hidden files and folders, and anything that is not
 * .xlsx/.xlsm/.xls/.et are skipped. Files chosen one by one are kept (except lock and hidden
 * files), so a non-workbook gets its own message instead of vanishing.
 * @example chooseFiles([{ path: "乡镇/~$城关镇.xlsx", file, inFolder: true }]) // → []
 */
export function chooseFiles(
  files: readonly { path: string; file: File; inFolder: boolean }[],
): ChosenFile[] {
  const out: ChosenFile[] = [];
  for (const { path, file, inFolder } of files) {
    const parts = path.split("/");
    if (parts.some(isIgnoredName)) continue;
    const kind = inputKind(path);
    if (inFolder && kind === "other") continue;
    out.push({ name: path, file, kind });
  }
  return out;
}

/** Adds newly chosen files to the list: one entry per name (the newer wins), sorted as `zsyz` sorts paths. */
export function mergeChosen(
  current: readonly ChosenFile[],
  added: readonly ChosenFile[],
): ChosenFile[] {
  const byName = new Map(current.map((f) => [f.name, f]));
  for (const f of added) byName.set(f.name, f);
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-Hans-CN"));
}

/** Files from an <input type="file"> (several files, or a folder with webkitdirectory). */
export function filesFromInput(list: FileList): ChosenFile[] {
  return chooseFiles(
    [...list].map((file) => ({
      path: file.webkitRelativePath || file.name,
      file,
      inFolder: file.webkitRelativePath !== "",
    })),
  );
}

/**
 * Files dropped on the page, folders walked recursively (DataTransferItem.webkitGetAsEntry).
 * The entries must be taken while the drop event runs; reading them may take longer.
 */
export function entriesFromDrop(transfer: DataTransfer): FileSystemEntry[] {
  const entries: FileSystemEntry[] = [];
  for (const item of [...transfer.items]) {
    const entry = item.kind === "file" ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Reads dropped entries: files as they are, folders searched like the folder picker. */
export async function filesFromEntries(entries: readonly FileSystemEntry[]): Promise<ChosenFile[]> {
  const found: { path: string; file: File; inFolder: boolean }[] = [];
  const visit = async (entry: FileSystemEntry, inFolder: boolean): Promise<void> => {
    const path = entry.fullPath.replace(/^\//, "");
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      );
      found.push({ path, file, inFolder });
      return;
    }
    if (!entry.isDirectory || isIgnoredName(entry.name)) return;
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns at most 100 entries per call: read until it returns none.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      if (batch.length === 0) break;
      for (const child of batch) await visit(child, true);
    }
  };
  for (const entry of entries) await visit(entry, false);
  return chooseFiles(found);
}
