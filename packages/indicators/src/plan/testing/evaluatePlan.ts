// Test support: a tiny spreadsheet engine for the functions the plan emits. It recomputes
// every formula cell of a plan from the plain cells, ignoring the values the plan claims.
import type { PlanValue, WorkbookPlan } from "../WorkbookPlan.js";
import { type FNode, parseFormula, type RefRange } from "./parseFormula.js";

type Err = { error: string };
type Scalar = number | string | boolean | null | Err;
type Val = Scalar | { range: Scalar[][] };

const isErr = (v: unknown): v is Err => typeof v === "object" && v !== null && "error" in v;
const DIV0: Err = { error: "#DIV/0!" };
const VALUE: Err = { error: "#VALUE!" };

function toNum(v: Scalar): number | Err {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : VALUE;
}

const rank = (v: Scalar): number =>
  typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2;

function compare(a: Scalar, b: Scalar): number {
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string")
    return a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function matches(cell: Scalar, criterion: Scalar): boolean {
  if (typeof criterion === "boolean" || typeof criterion === "number") return cell === criterion;
  if (typeof criterion !== "string") return false;
  const m = /^(<=|>=|<>|=|<|>)?([\s\S]*)$/.exec(criterion)!;
  const op = m[1] ?? "=";
  const text = m[2]!;
  if (op === "=" && typeof cell === "string") {
    const re = new RegExp(
      `^${text.replace(/~([*?~])|([*?])|([.+^${}()|[\]\\])/g, (_, lit, wild, special) => (lit ? `\\${lit}` : wild ? (wild === "*" ? ".*" : ".") : `\\${special}`))}$`,
      "is",
    );
    return re.test(cell);
  }
  if (op === "=")
    return text === ""
      ? cell === null
      : cell !== null && compare(cell, Number.isFinite(Number(text)) ? Number(text) : text) === 0;
  // Excel: a numeric comparison matches numbers only (text and empty cells never).
  const bound = Number(text);
  if (text === "" || !Number.isFinite(bound))
    throw new Error(`criterion ${criterion} not supported`);
  if (typeof cell !== "number") return op === "<>";
  switch (op) {
    case ">=":
      return cell >= bound;
    case "<=":
      return cell <= bound;
    case ">":
      return cell > bound;
    case "<":
      return cell < bound;
    default:
      return cell !== bound;
  }
}

const serialToDate = (n: number): Date =>
  new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86400000);

/** Recomputes every formula cell of the plan; returns sheet → address → value. */
export function evaluatePlan(plan: WorkbookPlan): Map<string, Map<string, Scalar>> {
  const cells = new Map<string, { value: PlanValue; formula?: string }>();
  for (const s of plan.sheets) for (const c of s.cells) cells.set(`${s.name}!${c.row},${c.col}`, c);
  const memo = new Map<string, Scalar>();
  const cellValue = (sheet: string, row: number, col: number): Scalar => {
    const key = `${sheet}!${row},${col}`;
    if (memo.has(key)) return memo.get(key)!;
    const c = cells.get(key);
    let v: Scalar = c?.value ?? null;
    if (c?.formula !== undefined) {
      memo.set(key, { error: "#CIRCULAR" });
      const r = evaluate(parseFormula(c.formula), sheet);
      v =
        isErr(r) || !(typeof r === "object" && r !== null && "range" in r)
          ? (r as Scalar)
          : (r.range[0]?.[0] ?? null);
    }
    memo.set(key, v);
    return v;
  };
  const rangeOf = (ref: RefRange, sheet: string): Scalar[][] => {
    const out: Scalar[][] = [];
    for (let r = ref.top; r <= ref.bottom; r += 1) {
      const row: Scalar[] = [];
      for (let c = ref.left; c <= ref.right; c += 1) row.push(cellValue(ref.sheet ?? sheet, r, c));
      out.push(row);
    }
    return out;
  };
  const scalar = (n: FNode, sheet: string): Scalar => {
    const v = evaluate(n, sheet);
    return typeof v === "object" && v !== null && "range" in v ? (v.range[0]?.[0] ?? null) : v;
  };
  const flat = (n: FNode, sheet: string): Scalar[] => {
    const v = evaluate(n, sheet);
    return typeof v === "object" && v !== null && "range" in v ? v.range.flat() : [v];
  };
  const evaluate = (n: FNode, sheet: string): Val => {
    switch (n.t) {
      case "num":
      case "str":
      case "bool":
        return n.v;
      case "ref":
        return n.ref.top === n.ref.bottom && n.ref.left === n.ref.right
          ? cellValue(n.ref.sheet ?? sheet, n.ref.top, n.ref.left)
          : { range: rangeOf(n.ref, sheet) };
      case "neg": {
        const x = toNum(scalar(n.x, sheet));
        return isErr(x) ? x : -x;
      }
      case "bin": {
        const l = scalar(n.l, sheet);
        const r = scalar(n.r, sheet);
        if (isErr(l)) return l;
        if (isErr(r)) return r;
        if (n.op === "&") return `${l ?? ""}${r ?? ""}`;
        if (["=", "<>", "<", ">", "<=", ">="].includes(n.op)) {
          const c = compare(l, r);
          return {
            "=": c === 0,
            "<>": c !== 0,
            "<": c < 0,
            ">": c > 0,
            "<=": c <= 0,
            ">=": c >= 0,
          }[n.op]!;
        }
        const a = toNum(l);
        const b = toNum(r);
        if (isErr(a)) return a;
        if (isErr(b)) return b;
        if (n.op === "/") return b === 0 ? DIV0 : a / b;
        return n.op === "+" ? a + b : n.op === "-" ? a - b : n.op === "*" ? a * b : a ** b;
      }
      case "fn":
        return call(n.name, n.args, sheet);
    }
  };
  const call = (name: string, args: FNode[], sheet: string): Val => {
    const s = (i: number): Scalar => scalar(args[i]!, sheet);
    const num = (i: number): number => {
      const v = toNum(s(i));
      if (isErr(v)) throw new Error(`${name}: argument ${i} is an error`);
      return v;
    };
    const truth = (v: Scalar): boolean =>
      isErr(v) ? false : v === true || (typeof v === "number" && v !== 0);
    switch (name) {
      case "IF":
        return isErr(s(0)) ? s(0) : truth(s(0)) ? s(1) : args.length > 2 ? s(2) : false;
      case "IFERROR":
        return isErr(s(0)) ? s(1) : s(0);
      case "AND":
        return args.every((_, i) => truth(s(i)));
      case "OR":
        return args.some((_, i) => truth(s(i)));
      case "NOT":
        return !truth(s(0));
      case "ISNUMBER":
        return typeof s(0) === "number";
      case "N":
        return typeof s(0) === "number" ? s(0) : s(0) === true ? 1 : 0;
      case "ABS":
        return Math.abs(num(0));
      case "ROUND":
        return (Math.sign(num(0)) * Math.round(Math.abs(num(0)) * 10 ** num(1))) / 10 ** num(1);
      case "MIN":
      case "MAX": {
        // Errors propagate; text and blanks inside ranges are skipped.
        const all = args.flatMap((a) => flat(a, sheet));
        const error = all.find(isErr);
        if (error) return error;
        return (name === "MIN" ? Math.min : Math.max)(
          ...all.filter((v): v is number => typeof v === "number"),
        );
      }
      case "DATE":
        return Math.round(
          (Date.UTC(num(0), num(1) - 1, num(2)) - Date.UTC(1899, 11, 30)) / 86400000,
        );
      case "YEAR":
        return serialToDate(num(0)).getUTCFullYear();
      case "MONTH":
        return serialToDate(num(0)).getUTCMonth() + 1;
      case "DAY":
        return serialToDate(num(0)).getUTCDate();
      case "SUBSTITUTE":
        return String(s(0) ?? "")
          .split(String(s(1)))
          .join(String(s(2)));
      case "COUNT":
        return args.flatMap((a) => flat(a, sheet)).filter((v) => typeof v === "number").length;
      case "SUM":
        return args
          .flatMap((a) => flat(a, sheet))
          .reduce<number>((t, v) => t + (typeof v === "number" ? v : 0), 0);
      case "RANK.EQ": {
        // Order 0 or omitted: the largest is 1st; any other order: the smallest is 1st.
        const v = num(0);
        const ascending = args.length > 2 && num(2) !== 0;
        const others = flat(args[1]!, sheet).filter((x): x is number => typeof x === "number");
        return 1 + others.filter((o) => (ascending ? o < v : o > v)).length;
      }
      case "SUMIFS":
      case "COUNTIFS": {
        const offset = name === "SUMIFS" ? 1 : 0;
        const target = name === "SUMIFS" ? flat(args[0]!, sheet) : null;
        const pairs: [Scalar[], Scalar][] = [];
        for (let i = offset; i < args.length; i += 2) pairs.push([flat(args[i]!, sheet), s(i + 1)]);
        let total = 0;
        const n = pairs[0]![0].length;
        for (let k = 0; k < n; k += 1) {
          if (!pairs.every(([range, crit]) => matches(range[k] ?? null, crit))) continue;
          total += target ? (typeof target[k] === "number" ? (target[k] as number) : 0) : 1;
        }
        return total;
      }
      default:
        throw new Error(`function ${name} not in the test engine`);
    }
  };
  const out = new Map<string, Map<string, Scalar>>();
  for (const s of plan.sheets) {
    const m = new Map<string, Scalar>();
    for (const c of s.cells)
      if (c.formula !== undefined) m.set(c.address, cellValue(s.name, c.row, c.col));
    out.set(s.name, m);
  }
  return out;
}
