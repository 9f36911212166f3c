// Public entry of @zsyz/xlsx: .xlsx bytes → grids (the reader) and WorkbookPlans / grids →
// .xlsx bytes (the writer). Pure TypeScript: the same code runs in Node, a page and a Worker.

// --- reader (src/read/) ---

// --- writer (src/write/) ---
// --- writer (src/write/) ---
export { streamPlan } from "./write/streamPlan.js";
export { writePlan } from "./write/writePlan.js";
export { writeGrid } from "./write/writeGrid.js";
export type { WriteOptions } from "./write/WriteOptions.js";
export type { DeflateRaw } from "./write/zipEntries.js";
