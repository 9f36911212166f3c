import { escapeXml } from "./escapeXml.js";
import { XML_HEAD, NS_MAIN } from "./namespaces.js";

/** The strings of all sheets, written once to xl/sharedStrings.xml and referred to by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  /** The index of a text, registering it on first use. */
  id(text: string): number {
    this.count += 1;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(text, id);
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
