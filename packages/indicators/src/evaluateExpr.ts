import { IndicatorError } from "./IndicatorError.js";
import type { Expr } from "./expr.js";
import { symbolsOf } from "./expr.js";
import {
  absDecimal,
  addDecimal,
  compareDecimal,
  type Decimal,
  divideDecimal,
  multiplyDecimal,
  powerDecimal,
  roundHalfUp,
  subtractDecimal,
} from "./math.js";

/** An exact indicator value: decimal text, a yes/no, or null for empty. */
export type ExactValue = Decimal | boolean | null;

// Thrown inside the walk only: an empty operand (a rate over a zero denominator) makes the
// whole expression empty, as IFERROR(…,"") does in the sheet.
class Empty {}

const num = (v: Decimal | boolean): Decimal => (typeof v === "boolean" ? (v ? "1" : "0") : v);
const truthy = (v: Decimal | boolean): boolean =>
  typeof v === "boolean" ? v : compareDecimal(v, "0") !== 0;

/**
 * Evaluates an expression exactly. Any referenced symbol that is empty makes the result
 * empty; so does a division by zero on the path taken. Booleans count as 1 and 0.
 * @example evaluateExpr(parse("a / b"), { a: "1", b: "0" }) === null
 */
export function evaluateExpr(expr: Expr, scope: (name: string) => ExactValue): ExactValue {
  const values = new Map<string, Decimal | boolean>();
  for (const name of symbolsOf(expr)) {
    const v = scope(name);
    if (v === null) return null;
    values.set(name, v);
  }
  try {
    return walk(expr, values);
  } catch (e: unknown) {
    if (e instanceof Empty) return null;
    throw e;
  }
}

function walk(e: Expr, values: ReadonlyMap<string, Decimal | boolean>): Decimal | boolean {
  switch (e.type) {
    case "number":
    case "boolean":
      return e.value;
    case "symbol": {
      const v = values.get(e.name);
      if (v === undefined) throw new IndicatorError(`symbol ${e.name} has no value`);
      return v;
    }
    case "unary": {
      const a = walk(e.arg, values);
      if (e.op === "not") return !truthy(a);
      return e.op === "-" ? subtractDecimal("0", num(a)) : num(a);
    }
    case "conditional":
      return truthy(walk(e.cond, values)) ? walk(e.then, values) : walk(e.else, values);
    case "call":
      return call(e, values);
    case "binary":
      return binary(e.op, walk(e.left, values), walk(e.right, values));
  }
}

function call(
  e: Extract<Expr, { type: "call" }>,
  values: ReadonlyMap<string, Decimal | boolean>,
): Decimal {
  const args = e.args.map((a) => num(walk(a, values)));
  const [first, second] = args;
  if (first === undefined) throw new IndicatorError(`${e.fn} without arguments`);
  switch (e.fn) {
    case "abs":
      return absDecimal(first);
    case "round":
      return roundHalfUp(first, second === undefined ? 0 : Number(second));
    case "min":
      return args.reduce((m, v) => (compareDecimal(v, m) < 0 ? v : m));
    case "max":
      return args.reduce((m, v) => (compareDecimal(v, m) > 0 ? v : m));
  }
}

function binary(
  op: Extract<Expr, { type: "binary" }>["op"],
  l: Decimal | boolean,
  r: Decimal | boolean,
): Decimal | boolean {
  switch (op) {
    case "and":
      return truthy(l) && truthy(r);
    case "or":
      return truthy(l) || truthy(r);
    case "+":
      return addDecimal(num(l), num(r));
    case "-":
      return subtractDecimal(num(l), num(r));
    case "*":
      return multiplyDecimal(num(l), num(r));
    case "/":
      return divideDecimal(num(l), num(r)) ?? empty();
    case "^":
      return powerDecimal(num(l), Number(num(r))) ?? empty();
    default: {
      const c = compareDecimal(num(l), num(r));
      return { "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0, "==": c === 0, "!=": c !== 0 }[
        op
      ];
    }
  }
}

function empty(): never {
  throw new Empty();
}
