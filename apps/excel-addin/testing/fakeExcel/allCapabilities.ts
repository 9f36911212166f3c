import type { Capabilities } from "../../src/office/capabilities.js";

/** An Excel that can do everything the pane uses (what the default FakeExcel implements). */
export const ALL_CAPABILITIES: Capabilities = {
  base: true,
  dataValidation: true,
  specialCells: true,
  mergedAreas: true,
  notes: true,
};
