// Test support: reads the writer's output back with fflate and a few regular expressions,
// independent of the writer's code (and of the package's reader, which has its own tests).
import { strFromU8, unzipSync } from "fflate";

/** One <c> element as written. */
export interface WrittenCell {
  t: string | undefined;
  s: number;
  /** The <f> element's attributes and text, when the cell has one. */
  f: { attrs: Record<string, string>; text: string } | undefined;
  v: string | undefined;
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const attrsOf = (text: string): Record<string, string> =>
  Object.fromEntries([...text.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));

/** Every part of a zip, as text. */
export function unzipParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** The cells of a worksheet part by address. */
export function cellsOf(sheetXml: string): Map<string, WrittenCell> {
  const cells = new Map<string, WrittenCell>();
  for (const m of sheetXml.matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
    const a = attrsOf(m[1]!);
    const inner = m[2] ?? "";
    const f = /<f([^>]*?)(?:\/>|>([^<]*)<\/f>)/.exec(inner);
    const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
    cells.set(a["r"]!, {
      t: a["t"],
      s: Number(a["s"] ?? 0),
      f: f ? { attrs: attrsOf(f[1]!), text: decode(f[2] ?? "") } : undefined,
      v: v === undefined ? undefined : decode(v),
    });
  }
  return cells;
}

/** The <row> elements' attributes by 1-based row number. */
export function rowsOf(sheetXml: string): Map<number, Record<string, string>> {
  return new Map(
    [...sheetXml.matchAll(/<row ([^>]*?)\/?>/g)].map((m) => {
      const a = attrsOf(m[1]!);
      return [Number(a["r"]), a];
    }),
  );
}

/** The shared-string table, in index order. */
export function sharedStringsOf(xml: string): string[] {
  return [...xml.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => decode(m[1]!));
}

/** The number format code of cell format `s` ("General" for id 0, the code for custom ids). */
export function numFmtOf(stylesXml: string, s: number): string {
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  const xf = [...xfs.matchAll(/<xf ([^>]*?)\/?>/g)][s];
  const id = Number(attrsOf(xf?.[1] ?? "")["numFmtId"] ?? 0);
  const builtIn: Record<number, string> = {
    0: "General",
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    9: "0%",
    10: "0.00%",
    49: "@",
  };
  const custom = [...stylesXml.matchAll(/<numFmt ([^>]*?)\/>/g)]
    .map((m) => attrsOf(m[1]!))
    .find((a) => Number(a["numFmtId"]) === id);
  return custom?.["formatCode"] ?? builtIn[id] ?? `#${id}`;
}

/**
 * Throws unless the text is well-formed XML as far as a writer can get it wrong: one root,
 * every tag closed in order, attributes quoted, no bare "<" or "&" in text.
 */
export function assertWellFormed(xml: string, part: string): void {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([\w:]+)((?:\s+[\w:]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  for (const m of body.matchAll(token)) {
    const [, close, name, , selfClose, text, stray] = m;
    if (stray) throw new Error(`${part}: malformed tag at ${m.index}`);
    if (text !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text))
        throw new Error(`${part}: bare & at ${m.index}`);
      if (!stack.length && text.trim()) throw new Error(`${part}: text outside the root`);
      continue;
    }
    if (close) {
      if (stack.pop() !== name) throw new Error(`${part}: </${name}> closes the wrong element`);
    } else {
      if (!stack.length) roots += 1;
      if (!selfClose) stack.push(name!);
    }
  }
  if (stack.length) throw new Error(`${part}: <${stack.at(-1)}> never closed`);
  if (roots !== 1) throw new Error(`${part}: ${roots} root elements`);
  if (body.replace(token, "").length) throw new Error(`${part}: unparsed text`);
}
