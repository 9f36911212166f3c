import type { Expr } from "../expr.js";
import { nodesOf } from "../expr.js";

/** Where a name of an expression lives in the sheet, and whether that cell may be empty. */
export interface FormulaRef {
  ref: string;
  /** A target left blank or an indicator that came out "": the result must then be "" too. */
  nullable: boolean;
}

const OPS: Partial<Record<string, string>> = {
  "+": "+",
  "-": "-",
  "*": "*",
  "/": "/",
  "^": "^",
  "<": "<",
  ">": ">",
  "<=": "<=",
  ">=": ">=",
  "==": "=",
  "!=": "<>",
};

/**
 * Translates an indicator expression into an en-US formula (no leading "="), with the
 * engine's empty rules: any empty input → "" (an IF guard), a division by zero → ""
 * (IFERROR). A blank cell used only as a divisor needs no guard: x/blank is #DIV/0! already.
 * @example exprToFormula(parse("amt_signed / target_amt_signed"), resolve) === 'IFERROR(L5/B5,"")'
 */
export function exprToFormula(expr: Expr, resolve: (name: string) => FormulaRef): string {
  const body = print(expr, resolve, true);
  const hasDivision = nodesOf(expr).some(
    (n) => n.type === "binary" && (n.op === "/" || n.op === "^"),
  );
  const guarded = guardedNames(expr).filter((name) => resolve(name).nullable);
  const inner = hasDivision ? `IFERROR(${body},"")` : body;
  if (guarded.length === 0) return inner;
  const tests = guarded.map((name) => `${resolve(name).ref}=""`);
  return `IF(${tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`},"",${inner})`;
}

// Names used anywhere except as the direct divisor of a division.
function guardedNames(expr: Expr): string[] {
  const out = new Set<string>();
  const visit = (e: Expr, divisor: boolean): void => {
    if (e.type === "symbol" && !divisor) out.add(e.name);
    if (e.type === "binary") {
      visit(e.left, false);
      visit(e.right, e.op === "/");
    } else if (e.type === "unary") visit(e.arg, false);
    else if (e.type === "call") e.args.forEach((a) => visit(a, false));
    else if (e.type === "conditional") [e.cond, e.then, e.else].forEach((a) => visit(a, false));
  };
  visit(expr, false);
  return [...out];
}

// Every compound is parenthesised: Excel's precedence differs from mathjs (-2^2 is 4 in Excel).
function print(e: Expr, resolve: (name: string) => FormulaRef, top = false): string {
  const p = (x: Expr): string => print(x, resolve);
  switch (e.type) {
    case "number":
      return e.value;
    case "boolean":
      return e.value ? "TRUE" : "FALSE";
    case "symbol":
      return resolve(e.name).ref;
    case "unary":
      return e.op === "not" ? `NOT(${p(e.arg)})` : e.op === "-" ? `(-${p(e.arg)})` : p(e.arg);
    case "call": {
      const args = e.args.map(p);
      if (e.fn === "round" && args.length === 1) args.push("0");
      return `${e.fn.toUpperCase()}(${args.join(",")})`;
    }
    case "conditional":
      return `IF(${p(e.cond)},${p(e.then)},${p(e.else)})`;
    case "binary": {
      if (e.op === "and" || e.op === "or")
        return `${e.op.toUpperCase()}(${p(e.left)},${p(e.right)})`;
      const text = `${p(e.left)}${OPS[e.op] ?? e.op}${p(e.right)}`;
      return top ? text : `(${text})`;
    }
  }
}
