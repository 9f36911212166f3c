import { escapeXml } from "./escapeXml.js";
import { XML_HEAD, NS_MAIN } from "./namespaces.js";

/** What `SharedStrings.id` gives for a text its column writes in the cell itself. */
export const INLINE = -1;

// Texts a column remembers: a column of 项目状态, 资金来源 or 签约类型 cycles through a handful
// of values, found here by identity before the table of 100,000s of texts is asked.
const RECENT = 8;
// A column decides once, after this many texts it did not remember, whether its texts are
// mostly new (项目名称, 投资方, 进展情况: one per project) and so better written in the cell.
const DECIDE_AFTER = 256;

/** A column's recent texts and what it has learnt of its texts in this sheet. */
class Slot {
  readonly texts: Array<string | undefined> = new Array<string | undefined>(RECENT);
  readonly ids = new Int32Array(RECENT);
  next = 0;
  missed = 0;
  added = 0;
  inline = false;
}

/**
 * The strings of all sheets, written once to xl/sharedStrings.xml and referred to by index,
 * except a column's whose texts are mostly new: those are written in their cells (inline
 * strings, as Excel's own streaming writers do), which spares a table lookup and insertion per
 * project for texts used once. Measured on 100,000 projects: the table's lookups were ~0.4 s,
 * the largest item of writing.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;
  private slots: Slot[] = [];

  /** A new sheet: its columns learn their texts afresh. */
  startSheet(): void {
    this.slots = [];
  }

  /**
   * The index of a text, registering it on first use; INLINE when `slot` (a column of the
   * current sheet) has found its texts mostly new, so the cell should hold the text itself.
   * The empty text always has an index (an empty inline string reads back as an empty cell).
   */
  id(text: string, slot = -1): number {
    if (slot < 0) return this.lookup(text);
    let s = this.slots[slot];
    if (s === undefined) this.slots[slot] = s = new Slot();
    if (s.inline && text !== "") return INLINE;
    const texts = s.texts;
    for (let i = 0; i < RECENT; i++) {
      if (texts[i] === text) {
        this.count += 1;
        return s.ids[i]!;
      }
    }
    const size = this.index.size;
    const id = this.lookup(text);
    s.missed += 1;
    if (this.index.size > size) s.added += 1;
    texts[s.next] = text;
    s.ids[s.next] = id;
    s.next = (s.next + 1) % RECENT;
    if (s.missed === DECIDE_AFTER && s.added * 4 > DECIDE_AFTER * 3) s.inline = true;
    return id;
  }

  private lookup(text: string): number {
    this.count += 1;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(text, id);
    }
    return id;
  }

  /** xl/sharedStrings.xml in pieces: a county's texts run to megabytes. */
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
