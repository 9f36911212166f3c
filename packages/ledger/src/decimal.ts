// The only module of this package that does decimal arithmetic. Money travels as plain
// numbers; every sum and scaling is done here in exact decimals and handed back as the
// nearest number, so 0.1 + 0.2 is 0.3 and 1.2亿 is exactly 12000万元. decimal.js directly
// (the library behind mathjs's BigNumber): a mathjs instance costs start-up time for
// typed-function set-up that plain sums never need.
import DecimalJs from "decimal.js";

const Big = DecimalJs.clone({ precision: 64 });

const big = (n: number | string): InstanceType<typeof Big> =>
  new Big(typeof n === "number" ? String(n) : n);

/**
 * Multiplies a decimal written as text (or a number) by a power-of-ten factor, exactly.
 * @example scaleDecimal("1.2", 10000) === 12000
 */
export function scaleDecimal(value: string | number, factor: number): number {
  if (factor === 1) return typeof value === "number" ? value : Number(value);
  return big(value).times(big(factor)).toNumber();
}

/** Exact decimal sum of numbers, as the nearest number. @example sumDecimal([0.1, 0.2]) === 0.3 */
export function sumDecimal(values: readonly number[]): number {
  let acc = big(0);
  for (const v of values) acc = acc.plus(big(v));
  return acc.toNumber();
}

/** Exact difference a − b, as the nearest number. */
export function subtractDecimal(a: number, b: number): number {
  return big(a).minus(big(b)).toNumber();
}
