// The only module of this package that touches mathjs, and the one that does exact
// arithmetic. Exact values travel between modules as decimal strings ("498592",
// "0.9407396226…"), never as library types: a caller can log, compare and serialise them.
//
// Arithmetic uses decimal.js directly (the library behind mathjs's BigNumber, same
// precision and rounding): building a mathjs instance costs ~0.2 s of start-up in
// typed-function set-up, which a run over the built-in indicators never needs.
//
// The mathjs instance is built lazily, on the first staff-written expression, and is
// restricted twice over: it is built from the few factories parsing needs (mathjs
// examples/advanced/custom_loading.js), and user expressions are only parsed by it, never
// evaluated by it: `toExpr` turns the parse tree into our own small `Expr` union and
// refuses every node we do not know, so `import`, `evaluate`, `parse`, `createUnit`,
// assignments, function definitions, units, matrices and property access cannot be
// reached (stricter than examples/advanced/more_secure_eval.js).
import DecimalJs from "decimal.js";
import { create, parseDependencies } from "mathjs";
import type { FactoryFunctionMap, MathJsInstance, MathNode } from "mathjs";
import type { Expr, ExprFunction } from "./expr.js";

// decimal.js rounding mode 4: to nearest, ties away from zero (四舍五入).
const ROUND_HALF_UP = 4;
const Big = DecimalJs.clone({ precision: 64, rounding: ROUND_HALF_UP });
type Big = InstanceType<typeof Big>;

let instance: MathJsInstance | undefined;
function mathjs(): MathJsInstance {
  if (instance) return instance;
  // The typings mark each *Dependencies export as possibly undefined; they never are.
  const math = create({ parseDependencies } as FactoryFunctionMap, {
    number: "BigNumber",
    precision: 64,
  });
  // Nothing inside an expression may reach these, and nothing outside this module needs them.
  const refuse = (name: string) => () => {
    throw new Error(`${name} is disabled`);
  };
  math.import(
    {
      import: refuse("import"),
      createUnit: refuse("createUnit"),
      evaluate: refuse("evaluate"),
      simplify: refuse("simplify"),
      derivative: refuse("derivative"),
    },
    { override: true },
  );
  instance = math;
  return math;
}

const big = (d: string | number): Big => new Big(typeof d === "number" ? String(d) : d);
const str = (b: Big): string => b.toFixed();

/** An exact decimal as text, e.g. "498592" or "0.75"; what this package passes between modules. */
export type Decimal = string;

/** The exact decimal a number stands for: the shortest text that reads back as it. @example toDecimal(0.1) === "0.1" */
export function toDecimal(n: number): Decimal {
  return str(big(n));
}

/** The nearest number to an exact decimal. */
export function decimalToNumber(d: Decimal): number {
  return Number(d);
}

/** Exact a + b. @example addDecimal("0.1", "0.2") === "0.3" */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  return str(big(a).plus(big(b)));
}

/** Exact a − b. */
export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  return str(big(a).minus(big(b)));
}

/** Exact a × b. */
export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return str(big(a).times(big(b)));
}

/** a ÷ b to 64 significant digits; null (an empty rate) when b is 0. @example divideDecimal("100", "300") starts "0.3333" */
export function divideDecimal(a: Decimal, b: Decimal): Decimal | null {
  const divisor = big(b);
  if (divisor.isZero()) return null;
  return str(big(a).dividedBy(divisor));
}

/** a raised to a small integer power (the caller bounds the exponent). */
export function powerDecimal(a: Decimal, exponent: number): Decimal | null {
  const base = big(a);
  if (base.isZero() && exponent < 0) return null;
  return str(base.toPower(exponent));
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const c = big(a).comparedTo(big(b));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/** |a|. */
export function absDecimal(a: Decimal): Decimal {
  return str(big(a).abs());
}

/**
 * Rounds half away from zero (四舍五入) to `places` decimals, as fixed-point text.
 * @example roundHalfUp("0.940735849", 4) === "0.9407"; roundHalfUp("2.675", 2) === "2.68"
 */
export function roundHalfUp(value: Decimal | number, places: number): string {
  const b = big(value);
  const out = b.toFixed(places, ROUND_HALF_UP);
  return /^-0(\.0*)?$/.test(out) ? out.slice(1) : out;
}

/** Why an expression could not be read: a literal code the caller turns into a Chinese message. */
export type ParseFailure =
  | { code: "expression_syntax"; position: number | null }
  | { code: "expression_forbidden_node"; detail: string }
  | { code: "expression_forbidden_function"; detail: string }
  | { code: "expression_forbidden_operator"; detail: string }
  | { code: "expression_bad_constant"; detail: string };

/** Parsed expression or why not. */
export type ParseResult = { ok: true; expr: Expr } | { ok: false; failure: ParseFailure };

const FUNCTIONS: Record<string, ExprFunction> = {
  abs: "abs",
  min: "min",
  max: "max",
  round: "round",
};
const BINARY: Record<
  string,
  Exclude<Expr, { type: "number" | "boolean" | "symbol" | "unary" | "call" | "conditional" }>["op"]
> = {
  "+": "+",
  "-": "-",
  "*": "*",
  "/": "/",
  "^": "^",
  "<": "<",
  ">": ">",
  "<=": "<=",
  ">=": ">=",
  "==": "==",
  "!=": "!=",
  and: "and",
  or: "or",
};

/**
 * Parses an expression with the restricted instance into a plain `Expr`, refusing every
 * construct outside arithmetic, comparison, logic, `a ? b : c` and abs/min/max/round.
 * @example parseExpression("amt_arrived / amt_signed")
 */
export function parseExpression(text: string): ParseResult {
  let node: MathNode;
  try {
    node = mathjs().parse(text);
  } catch (e: unknown) {
    const char =
      e instanceof SyntaxError && "char" in e ? Number((e as { char: unknown }).char) : NaN;
    return {
      ok: false,
      failure: { code: "expression_syntax", position: Number.isFinite(char) ? char : null },
    };
  }
  try {
    return { ok: true, expr: toExpr(node) };
  } catch (e: unknown) {
    if (e instanceof Refusal) return { ok: false, failure: e.failure };
    throw e;
  }
}

class Refusal extends Error {
  constructor(readonly failure: ParseFailure) {
    super(failure.code);
  }
}

function toExpr(node: MathNode): Expr {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case "ParenthesisNode":
      return toExpr(n["content"] as MathNode);
    case "ConstantNode":
      return constant(n["value"]);
    case "SymbolNode":
      return { type: "symbol", name: String(n["name"]) };
    case "ConditionalNode":
      return {
        type: "conditional",
        cond: toExpr(n["condition"] as MathNode),
        then: toExpr(n["trueExpr"] as MathNode),
        else: toExpr(n["falseExpr"] as MathNode),
      };
    case "FunctionNode": {
      const fnNode = n["fn"] as MathNode & { name?: unknown };
      const name = fnNode.type === "SymbolNode" ? String(fnNode.name) : fnNode.type;
      const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
      if (!fn) throw new Refusal({ code: "expression_forbidden_function", detail: name });
      return { type: "call", fn, args: (n["args"] as MathNode[]).map(toExpr) };
    }
    case "OperatorNode":
      return operator(String(n["op"]), (n["args"] as MathNode[]).map(toExpr));
    default:
      throw new Refusal({ code: "expression_forbidden_node", detail: node.type });
  }
}

function constant(value: unknown): Expr {
  if (typeof value === "boolean") return { type: "boolean", value };
  if (typeof value === "string")
    throw new Refusal({ code: "expression_forbidden_node", detail: "StringConstant" });
  if (typeof value === "object" && value !== null && mathjs().isBigNumber(value)) {
    const b = new Big((value as { toString(): string }).toString());
    // 1e999999 parses, but no ledger figure needs more than 15 digits before the point.
    if (!b.isFinite() || b.abs().gte(big("1e15")) || (!b.isZero() && b.abs().lt(big("1e-15")))) {
      throw new Refusal({ code: "expression_bad_constant", detail: b.toString() });
    }
    return { type: "number", value: str(b) };
  }
  throw new Refusal({ code: "expression_bad_constant", detail: String(value) });
}

function operator(op: string, args: Expr[]): Expr {
  const [a, b] = args;
  if (args.length === 1 && a) {
    if (op === "-" || op === "+" || op === "not") return { type: "unary", op, arg: a };
  }
  const mapped = Object.hasOwn(BINARY, op) ? BINARY[op] : undefined;
  if (args.length === 2 && a && b && mapped)
    return { type: "binary", op: mapped, left: a, right: b };
  throw new Refusal({ code: "expression_forbidden_operator", detail: op });
}
