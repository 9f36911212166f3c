/** A function an indicator expression may call. */
export type ExprFunction = "abs" | "min" | "max" | "round";

/** Binary operators of indicator expressions. */
export type BinaryOp =
  "+" | "-" | "*" | "/" | "^" | "<" | ">" | "<=" | ">=" | "==" | "!=" | "and" | "or";

/**
 * A parsed indicator expression as plain data: what `parseExpression` accepts and both the
 * evaluator and the Excel translation walk. Numbers are exact decimal text.
 */
export type Expr =
  | { type: "number"; value: string }
  | { type: "boolean"; value: boolean }
  | { type: "symbol"; name: string }
  | { type: "unary"; op: "-" | "+" | "not"; arg: Expr }
  | { type: "binary"; op: BinaryOp; left: Expr; right: Expr }
  | { type: "call"; fn: ExprFunction; args: Expr[] }
  | { type: "conditional"; cond: Expr; then: Expr; else: Expr };

/** The direct children of a node. */
export function childrenOf(e: Expr): Expr[] {
  switch (e.type) {
    case "unary":
      return [e.arg];
    case "binary":
      return [e.left, e.right];
    case "call":
      return e.args;
    case "conditional":
      return [e.cond, e.then, e.else];
    default:
      return [];
  }
}

/** Every node of an expression, depth first. */
export function nodesOf(e: Expr): Expr[] {
  const out: Expr[] = [e];
  for (const c of childrenOf(e)) out.push(...nodesOf(c));
  return out;
}

/** The distinct symbol names an expression refers to, in order of first use. */
export function symbolsOf(e: Expr): string[] {
  const names = new Set<string>();
  for (const n of nodesOf(e)) if (n.type === "symbol") names.add(n.name);
  return [...names];
}
