import { AddinError } from "../office/AddinError.js";
import { WPS_PROGRAM } from "./toWpsError.js";
import type { EtWorkbook } from "./wpsApi.js";

/**
 * Refuses, before any write, a workbook whose structure is protected (审阅 → 保护工作簿): adding
 * a sheet would fail after the ownership list or the first sheets were written. A build that
 * cannot tell lets the write go on; WPS then refuses the sheet itself.
 */
export function refuseProtectedStructure(book: EtWorkbook): void {
  let locked: boolean;
  try {
    locked = book.ProtectStructure;
  } catch (e) {
    console.error(e);
    return;
  }
  if (locked) throw new AddinError("workbook_protected", { program: WPS_PROGRAM });
}
