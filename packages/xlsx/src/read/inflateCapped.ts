import { Inflate } from "fflate";

// Small input steps bound how far one step can overshoot the cap: DEFLATE expands at
// most ~1032:1, so 16 KiB of input yields at most ~16.5 MiB before we can stop.
const STEP = 16 * 1024;

/** Thrown by an inflater whose output would pass `maxSize`. */
export class InflateLimitError extends RangeError {
  constructor(maxSize: number) {
    super(`inflated data exceeds ${maxSize} bytes`);
    this.name = "InflateLimitError";
  }
}

/**
 * Inflates raw DEFLATE data with fflate, stopping as soon as the output passes `maxSize`
 * (throws InflateLimitError) instead of trusting any declared size.
 */
export function inflateCapped(data: Uint8Array, maxSize: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxSize) throw new InflateLimitError(maxSize);
    chunks.push(chunk);
  });
  for (let i = 0; i < data.length; i += STEP) {
    const end = Math.min(i + STEP, data.length);
    inflater.push(data.subarray(i, end), end === data.length);
  }
  if (data.length === 0) inflater.push(data, true);
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let p = 0;
  for (const chunk of chunks) {
    out.set(chunk, p);
    p += chunk.length;
  }
  return out;
}
