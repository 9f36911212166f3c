import { IndicatorError } from "./IndicatorError.js";
import { toDecimal } from "./math.js";

const SCALE = 1e6;
const SCALE_DIGITS = 6;
// |v| below this, distinct 6-decimal values are distinct doubles, so a number that passes
// the round-trip test below stands for exactly k millionths (the decimal String(v) shows).
const FAST_LIMIT = 1e9;
// Integer sums in a double are exact below 2^53; flush well before.
const FLUSH = 4e15;

/**
 * An exact decimal sum of numbers, fast: amounts with up to 6 decimals (万元 to the 0.01元)
 * are added as integer millionths in a double, flushed into a BigInt; any other amount is
 * added as the BigInt of its decimal digits at its own scale. The value of a number is the
 * decimal String(n) shows. No decimal object is made per record.
 * @example const s = new ExactSum(); s.add(0.1); s.add(0.2); s.value() === "0.3"
 */
export class ExactSum {
  private small = 0;
  private large = 0n;
  /** Slow-path amounts: decimal scale → sum of their digits at that scale. */
  private rest: Map<number, bigint> | null = null;

  /** Adds one amount. */
  add(v: number): void {
    const k = Math.round(v * SCALE);
    if (k / SCALE === v && v < FAST_LIMIT && v > -FAST_LIMIT) {
      this.small += k;
      if (this.small > FLUSH || this.small < -FLUSH) {
        this.large += BigInt(this.small);
        this.small = 0;
      }
      return;
    }
    if (!Number.isFinite(v)) throw new IndicatorError(`not a finite amount: ${v}`);
    // String(1e-7) is "1e-7": expand exponents through the decimal module (rare).
    const text = /e/i.test(String(v)) ? toDecimal(v) : String(v);
    const [int = "0", frac = ""] = text.split(".");
    this.addScaled(BigInt(int + frac), frac.length);
  }

  /** Adds another sum into this one. */
  addSum(other: ExactSum): void {
    this.large += other.large + BigInt(other.small);
    if (other.rest) for (const [scale, digits] of other.rest) this.addScaled(digits, scale);
  }

  private addScaled(digits: bigint, scale: number): void {
    this.rest ??= new Map();
    this.rest.set(scale, (this.rest.get(scale) ?? 0n) + digits);
  }

  /** The exact sum as decimal text. */
  value(): string {
    let scale = SCALE_DIGITS;
    for (const s of this.rest?.keys() ?? []) scale = Math.max(scale, s);
    let total = (this.large + BigInt(this.small)) * 10n ** BigInt(scale - SCALE_DIGITS);
    for (const [s, digits] of this.rest ?? []) total += digits * 10n ** BigInt(scale - s);
    const negative = total < 0n;
    const digits = (negative ? -total : total).toString().padStart(scale + 1, "0");
    const int = digits.slice(0, -scale);
    const frac = digits.slice(-scale).replace(/0+$/, "");
    return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
  }
}
