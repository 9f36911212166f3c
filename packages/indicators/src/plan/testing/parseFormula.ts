// Test support: a parser for the subset of Excel formulas the plan emits. Independent of
// the code that writes them, so the tests check the formulas, not their own mirror image.
import { columnIndex } from "@zsyz/ledger";

/** A cell range, 0-based and inclusive, on a named sheet (undefined: the formula's sheet). */
export interface RefRange {
  sheet: string | undefined;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** As written, for messages. */
  text: string;
}

/** A parsed formula. */
export type FNode =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "ref"; ref: RefRange }
  | { t: "fn"; name: string; args: FNode[] }
  | { t: "bin"; op: string; l: FNode; r: FNode }
  | { t: "neg"; x: FNode };

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Z0-9(.])|(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(TRUE|FALSE)(?![A-Z(])|([A-Z][A-Z0-9.]*)\(|(<=|>=|<>|[-+*/^&=<>(),]))/y;

type Tok = { k: "str" | "ref" | "num" | "bool" | "fn" | "op"; v: string };

function tokenize(f: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < f.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(f);
    if (!m) throw new Error(`cannot tokenize at ${start}: ${f.slice(start)}`);
    const kinds = ["str", "ref", "num", "bool", "fn", "op"] as const;
    const i = [1, 2, 3, 4, 5, 6].findIndex((g) => m[g] !== undefined);
    out.push({ k: kinds[i]!, v: m[i + 1]! });
    if (/^\s*$/.test(f.slice(TOKEN.lastIndex))) break;
  }
  return out;
}

function parseRef(text: string): RefRange {
  const bang = text.lastIndexOf("!");
  const sheet = bang < 0 ? undefined : text.slice(1, bang - 1).replace(/''/g, "'");
  const [a, b = a] = text
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":") as [string, string?];
  const cell = (s: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return [Number(m[2]) - 1, columnIndex(m[1]!)];
  };
  const [r1, c1] = cell(a);
  const [r2, c2] = cell(b);
  return { sheet, top: r1, left: c1, bottom: r2, right: c2, text };
}

/** Parses a formula (with or without "=") into a tree; throws on anything outside the subset. */
export function parseFormula(formula: string): FNode {
  const toks = tokenize(formula.replace(/^=/, ""));
  let i = 0;
  const peek = (): Tok | undefined => toks[i];
  const take = (v?: string): Tok => {
    const t = toks[i++];
    if (!t || (v !== undefined && t.v !== v))
      throw new Error(`expected ${v ?? "token"} at ${i - 1} in ${formula}`);
    return t;
  };
  const level = (ops: string[], nextLevel: () => FNode) => (): FNode => {
    let l = nextLevel();
    while (peek()?.k === "op" && ops.includes(peek()!.v)) {
      const op = take().v;
      l = { t: "bin", op, l, r: nextLevel() };
    }
    return l;
  };
  const primary = (): FNode => {
    const t = take();
    if (t.k === "num") return { t: "num", v: Number(t.v) };
    if (t.k === "str") return { t: "str", v: t.v.slice(1, -1).replace(/""/g, '"') };
    if (t.k === "bool") return { t: "bool", v: t.v === "TRUE" };
    if (t.k === "ref") return { t: "ref", ref: parseRef(t.v) };
    if (t.k === "fn") {
      const args: FNode[] = [];
      if (peek()?.v !== ")") {
        args.push(compare());
        while (peek()?.v === ",") {
          take(",");
          args.push(compare());
        }
      }
      take(")");
      return { t: "fn", name: t.v, args };
    }
    if (t.v === "(") {
      const e = compare();
      take(")");
      return e;
    }
    if (t.v === "-") return { t: "neg", x: primary() };
    if (t.v === "+") return primary();
    throw new Error(`unexpected ${t.v} in ${formula}`);
  };
  const power = level(["^"], primary);
  const mult = level(["*", "/"], power);
  const add = level(["+", "-"], mult);
  const concat = level(["&"], add);
  const compare = level(["=", "<>", "<", ">", "<=", ">="], concat);
  const tree = compare();
  if (i !== toks.length) throw new Error(`trailing tokens in ${formula}`);
  return tree;
}

/** Every reference of a formula tree, with the function (and argument index) it sits in. */
export function referencesOf(
  node: FNode,
  fn = "",
  arg = -1,
): { ref: RefRange; fn: string; arg: number }[] {
  switch (node.t) {
    case "ref":
      return [{ ref: node.ref, fn, arg }];
    case "fn":
      return node.args.flatMap((a, i) => referencesOf(a, node.name, i));
    case "bin":
      return [...referencesOf(node.l, fn, arg), ...referencesOf(node.r, fn, arg)];
    case "neg":
      return referencesOf(node.x, fn, arg);
    default:
      return [];
  }
}
