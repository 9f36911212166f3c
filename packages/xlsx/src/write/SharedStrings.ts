import { escapeXml } from "./escapeXml.js";
import { XML_HEAD, NS_MAIN } from "./namespaces.js";

/** The strings of all sheets, written once to xl/sharedStrings.xml and referred to by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;
  private readonly lastText: Array<string | undefined> = [];
  private readonly lastId: number[] = [];

  /**
   * The index of a text, registering it on first use. `slot` (a column) remembers the last
   * text asked for there: a column repeats its unit, 资金来源 or 项目状态 row after row, and a
   * comparison with the row above is cheaper than a lookup in a table of 100,000s of texts.
   */
  id(text: string, slot = -1): number {
    this.count += 1;
    if (slot >= 0 && this.lastText[slot] === text) return this.lastId[slot]!;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(text, id);
    }
    if (slot >= 0) {
      this.lastText[slot] = text;
      this.lastId[slot] = id;
    }
    return id;
  }

  /** xl/sharedStrings.xml in pieces: a county's project names run to tens of megabytes. */
  *toXml(): Generator<string> {
    yield `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.index.size}">`;
    let chunk = "";
    for (const text of this.index.keys()) {
      chunk += `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`;
      if (chunk.length > 65536) {
        yield chunk;
        chunk = "";
      }
    }
    yield `${chunk}</sst>`;
  }
}
