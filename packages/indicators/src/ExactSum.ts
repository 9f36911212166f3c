import { IndicatorError } from "./IndicatorError.js";
import { addDecimal, type Decimal, toDecimal } from "./math.js";

const SCALE = 1e6;
const SCALE_DIGITS = 6;
// |v| below this, distinct 6-decimal values are distinct doubles, so a number that passes
// the round-trip test below stands for exactly k millionths (the decimal String(v) shows).
const FAST_LIMIT = 1e9;
// Integer sums in a double are exact below 2^53; flush well before.
const FLUSH = 4e15;

/**
 * An exact decimal sum of numbers, fast: amounts with up to 6 decimals (万元 to the 0.01元)
 * are added as integer millionths in a double, flushed into a BigInt; anything else goes
 * through exact decimal arithmetic. Avoids a BigNumber operation per record.
 * @example const s = new ExactSum(); s.add(0.1); s.add(0.2); s.value() === "0.3"
 */
export class ExactSum {
  private small = 0;
  private large = 0n;
  private rest: Decimal | null = null;

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
    this.rest = this.rest === null ? toDecimal(v) : addDecimal(this.rest, toDecimal(v));
  }

  /** Adds another sum into this one. */
  addSum(other: ExactSum): void {
    this.large += other.large + BigInt(other.small);
    if (other.rest !== null)
      this.rest = this.rest === null ? other.rest : addDecimal(this.rest, other.rest);
  }

  /** The exact sum as decimal text. */
  value(): Decimal {
    const scaled = this.large + BigInt(this.small);
    const negative = scaled < 0n;
    const digits = (negative ? -scaled : scaled).toString().padStart(SCALE_DIGITS + 1, "0");
    const int = digits.slice(0, -SCALE_DIGITS);
    const frac = digits.slice(-SCALE_DIGITS).replace(/0+$/, "");
    const fixed = `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
    return this.rest === null ? fixed : addDecimal(fixed, this.rest);
  }
}
