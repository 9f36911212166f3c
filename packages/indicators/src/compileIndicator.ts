import type { IndicatorDef, IndicatorFormat } from "./catalogue.js";
import { BUILTIN_EXPRS } from "./builtinExprs.generated.js";
import { bandIndicators, INDICATORS } from "./catalogue.js";
import { bandOf, DEFAULT_SIZE_BANDS } from "./aggregates.js";
import { type Expr, nodesOf } from "./expr.js";
import { type ExpressionError, makeExpressionError } from "./expressionErrors.js";
import { IndicatorError } from "./IndicatorError.js";
import { type IndicatorNames, indicatorNames } from "./indicatorNames.js";
import { parseExpression } from "./math.js";
import { resolveSymbol } from "./symbols.js";

/** An indicator ready to evaluate: its definition and parsed expression, or what it ranks by. */
export type CompiledIndicator = { def: IndicatorDef } & (
  { kind: "expression"; expr: Expr } | { kind: "rank"; rankBy: string }
);

/** A staff-written indicator as entered in the add-in or a config file. */
export interface CustomIndicatorInput {
  key: string;
  name: string;
  /** Over keys or Chinese names: "amt_arrived / amt_signed", "到位资金 / 签约资金". */
  expression: string;
  /** Defaults: percent for a division at the top, flag for a comparison, else number. */
  format?: IndicatorFormat;
  unit?: string;
}

/** An expression checked against the names it may use, or why it was refused. */
export type CheckResult = { ok: true; expr: Expr } | { ok: false; error: ExpressionError };

const MAX_LENGTH = 500;
const MAX_NODES = 200;

/**
 * Parses and checks an expression: known names only (keys or Chinese names), small
 * integer exponents, whitelisted functions with sane arguments. Never throws for bad input.
 * @example checkExpression("到位资金 / 签约资金", keys).ok === true
 */
export function checkExpression(
  text: string,
  indicatorKeys: ReadonlySet<string>,
  names?: IndicatorNames,
): CheckResult {
  const trimmed = text.trim();
  if (trimmed === "") return fail("expression_empty");
  if (trimmed.length > MAX_LENGTH) return fail("expression_too_long");
  const source = names ? names.replaceNames(trimmed) : trimmed;
  const parsed = parseExpression(source);
  if (!parsed.ok) {
    const f = parsed.failure;
    if (f.code === "expression_syntax")
      return fail(f.code, source === trimmed && f.position !== null ? String(f.position) : "");
    return fail(f.code, f.detail);
  }
  return checkParsed(parsed.expr, indicatorKeys);
}

/** The checks after parsing: known names, small integer exponents, sane function arguments. */
function checkParsed(expr: Expr, indicatorKeys: ReadonlySet<string>): CheckResult {
  const nodes = nodesOf(expr);
  if (nodes.length > MAX_NODES) return fail("expression_too_long");
  for (const n of nodes) {
    if (n.type === "symbol" && !resolveSymbol(n.name, indicatorKeys))
      return fail("expression_unknown_symbol", n.name);
    if (n.type === "binary" && n.op === "^" && !isSmallInteger(n.right, -10, 10))
      return fail("expression_bad_exponent");
    if (n.type === "call" && !argumentsOk(n)) return fail("expression_bad_arguments", n.fn);
  }
  return { ok: true, expr };
}

function fail(code: ExpressionError["code"], detail = ""): { ok: false; error: ExpressionError } {
  return { ok: false, error: makeExpressionError(code, detail) };
}

function isSmallInteger(e: Expr, min: number, max: number): boolean {
  const value =
    e.type === "number"
      ? Number(e.value)
      : e.type === "unary" && e.op === "-" && e.arg.type === "number"
        ? -Number(e.arg.value)
        : NaN;
  return Number.isInteger(value) && value >= min && value <= max;
}

function argumentsOk(n: Extract<Expr, { type: "call" }>): boolean {
  const count = n.args.length;
  if (n.fn === "abs") return count === 1;
  if (n.fn === "round") return count === 1 || (count === 2 && isSmallInteger(n.args[1]!, 0, 10));
  return count >= 1 && count <= 30;
}

/** Compiles a catalogue of trusted definitions (the built-in one); a bad one is a bug and throws. */
export function compileCatalogue(defs: readonly IndicatorDef[]): CompiledIndicator[] {
  const out: CompiledIndicator[] = [];
  const keys = new Set<string>();
  for (const def of defs) {
    if ("rankBy" in def) {
      if (!keys.has(def.rankBy))
        throw new IndicatorError(`indicator ${def.key} ranks by unknown ${def.rankBy}`);
      out.push({ def, kind: "rank", rankBy: def.rankBy });
    } else {
      // The built-in expressions come pre-parsed (builtinExprs.generated.ts), so a run that
      // uses only them never builds the mathjs parser; a stale entry is parsed as usual.
      const prebuilt = BUILTIN_EXPRS[def.key];
      const checked =
        prebuilt?.source === def.expression
          ? checkParsed(prebuilt.expr, keys)
          : checkExpression(def.expression, keys);
      if (!checked.ok) throw new IndicatorError(`indicator ${def.key}: ${checked.error.message}`);
      out.push({ def, kind: "expression", expr: checked.expr });
    }
    keys.add(def.key);
  }
  return out;
}

/** The built-in catalogue without size bands, compiled once. */
export const BUILTIN_CATALOGUE: readonly CompiledIndicator[] = compileCatalogue(INDICATORS);

/**
 * The indicators of the size bands, compiled without the parser: each is its own aggregate.
 * @example compileBands([10000]).map((c) => c.def.key) → ["n_signed_ge_10000", "amt_signed_ge_10000"]
 */
export function compileBands(bands: readonly number[]): CompiledIndicator[] {
  return bandIndicators(bands).map((def) => ({
    def,
    kind: "expression",
    expr: { type: "symbol", name: def.key },
  }));
}

/** The built-in catalogue with DOMAIN.md's size bands (1000, 10000, 100000 万元). */
export const DEFAULT_CATALOGUE: readonly CompiledIndicator[] = [
  ...BUILTIN_CATALOGUE,
  ...compileBands(DEFAULT_SIZE_BANDS),
];

/**
 * A catalogue with other size bands: its band indicators replaced, where they stood, by
 * those of `bands` (the settings' `sizeBands`).
 */
export function withBands(
  catalogue: readonly CompiledIndicator[],
  bands: readonly number[],
): CompiledIndicator[] {
  const isBand = (c: CompiledIndicator): boolean =>
    c.kind === "expression" &&
    c.expr.type === "symbol" &&
    c.expr.name === c.def.key &&
    bandOf(c.def.key) !== undefined;
  const at = catalogue.findIndex(isBand);
  const rest = catalogue.filter((c) => !isBand(c));
  const index = at < 0 ? rest.length : at;
  return [...rest.slice(0, index), ...compileBands(bands), ...rest.slice(index)];
}

/**
 * The size bands a catalogue's expressions use (`n_signed_ge_T`, `total_amt_signed_ge_T`…),
 * ascending: what the aggregation must add up for it.
 */
export function catalogueBands(catalogue: readonly CompiledIndicator[]): number[] {
  const bands = new Set<number>();
  for (const c of catalogue) {
    if (c.kind !== "expression") continue;
    for (const n of nodesOf(c.expr)) {
      if (n.type !== "symbol") continue;
      const t = bandOf(n.name.startsWith("total_") ? n.name.slice(6) : n.name);
      if (t !== undefined) bands.add(t);
    }
  }
  return [...bands].sort((a, b) => a - b);
}

/**
 * Compiles a staff-written indicator against a catalogue (default: the built-in one); the
 * error is a value with a Chinese message.
 * @example compileIndicator({ key: "r", name: "综合到位率", expression: "amt_arrived / amt_signed" })
 */
export function compileIndicator(
  input: CustomIndicatorInput,
  catalogue: readonly CompiledIndicator[] = DEFAULT_CATALOGUE,
): { ok: true; indicator: CompiledIndicator } | { ok: false; error: ExpressionError } {
  const keys = new Set(catalogue.map((c) => c.def.key));
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(input.key)) return fail("indicator_key_invalid", input.key);
  if (keys.has(input.key) || resolveSymbol(input.key, new Set()) !== undefined)
    return fail("indicator_key_taken", input.key);
  if (input.name.trim() === "") return fail("indicator_name_empty");
  const checked = checkExpression(
    input.expression,
    keys,
    indicatorNames(catalogue, { symbols: true }),
  );
  if (!checked.ok) return checked;
  const format = input.format ?? defaultFormat(checked.expr);
  const def: IndicatorDef = {
    key: input.key,
    name: input.name.trim(),
    unit: input.unit ?? "",
    format,
    expression: input.expression,
  };
  return { ok: true, indicator: { def, kind: "expression", expr: checked.expr } };
}

function defaultFormat(e: Expr): IndicatorFormat {
  if (e.type === "binary" && e.op === "/") return "percent";
  if (
    (e.type === "binary" && ["<", ">", "<=", ">=", "==", "!=", "and", "or"].includes(e.op)) ||
    (e.type === "unary" && e.op === "not")
  )
    return "flag";
  return "number";
}
