// Public entry of @zsyz/xlsx: .xlsx bytes → grids (the reader) and WorkbookPlans / grids →
// .xlsx bytes (the writer). Pure TypeScript: the same code runs in Node, a page and a Worker.

// --- reader (src/read/) ---
export { readXlsx } from "./read/readXlsx.js";
export type { ReadXlsxOptions, ReadXlsxResult } from "./read/readXlsx.js";
export type { InflateRaw } from "./read/openZip.js";
export { DEFAULT_READ_LIMITS } from "./read/ReadLimits.js";
export type { ReadLimits } from "./read/ReadLimits.js";
export { XLSX_ERROR_CODES, XLSX_ERROR_MESSAGES } from "./read/XlsxErrorCode.js";
export type { XlsxErrorCode } from "./read/XlsxErrorCode.js";

// --- writer (src/write/) ---
export { streamPlan, streamPlanAsync } from "./write/streamPlan.js";
export type { AsyncWriteOptions } from "./write/streamPlan.js";
export { writePlan } from "./write/writePlan.js";
export { writeGrid } from "./write/writeGrid.js";
export type { WriteOptions } from "./write/WriteOptions.js";
export type { Crc32, DeflateRaw, DeflateRawAsync } from "./write/zipEntries.js";
export { recyclePiece } from "./write/ByteSink.js";
