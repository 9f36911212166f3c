/** Caps that keep a hostile or broken file to bounded time and memory. */
export interface ReadLimits {
  /** Total bytes inflated from the zip, over all parts read. */
  maxTotalBytes: number;
  /** Bytes inflated for any one part (a worksheet, the shared strings, …). */
  maxPartBytes: number;
  /** Cells with content in one worksheet. */
  maxCellsPerSheet: number;
  /** Entries in the zip's central directory. */
  maxEntries: number;
}

// Measured reference: a 50,000-row × 10-column ledger is ≈ 15 MB of sheet XML and a 10 MB
// text cell ≈ 10 MB of shared strings, so real ledgers sit two orders of magnitude below
// these caps. 256 MiB per part keeps every decoded part under V8's string limit (~512 Mi
// UTF-16 units); 1 GiB in total is a few seconds of scanning on the 2-core build machine.
// 3,000,000 cells is 100,000 rows × 30 columns, ≈ 0.5 GB of grid objects at the cap.
/** The defaults; pass `options.limits` to tighten (a browser tab) or loosen them. */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxTotalBytes: 1024 * 1024 * 1024,
  maxPartBytes: 256 * 1024 * 1024,
  maxCellsPerSheet: 3_000_000,
  maxEntries: 10_000,
});
