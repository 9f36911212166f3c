/**
 * A growable UTF-8 byte buffer for the hot path of the sheet writer: ASCII parts (refs,
 * attributes, numbers) are copied byte by byte and text is encoded in place, so a county's
 * 项目明细 never exists as millions of small strings to join and encode. Measured on 100,000
 * projects: the sheet writer ~4.1 s → see packages/xlsx/README.md, "Writer".
 */
export class ByteSink {
  private buffer: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();

  constructor(capacity = 1 << 18) {
    this.buffer = new Uint8Array(capacity);
  }

  /** Bytes written since the last take(). */
  get length(): number {
    return this.at;
  }

  /** Text known to be ASCII (refs, attribute values, numbers, markup). */
  ascii(text: string): void {
    const n = text.length;
    this.ensure(n);
    const b = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i++) b[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** Any text, as UTF-8. */
  text(text: string): void {
    // A UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair: 4 bytes for 2 units).
    this.ensure(text.length * 3);
    this.at += this.encoder.encodeInto(text, this.buffer.subarray(this.at)).written;
  }

  /** Bytes prepared earlier (markup a column or style repeats on every row). */
  bytes(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** A non-negative integer in decimal, without making a string of it. */
  uint(n: number): void {
    if (n < 10) {
      this.ensure(1);
      this.buffer[this.at++] = 48 + n;
      return;
    }
    this.ascii(String(n));
  }

  /** Hands out what was written and starts over. */
  take(): Uint8Array {
    const out = this.buffer.slice(0, this.at);
    this.at = 0;
    return out;
  }

  private ensure(extra: number): void {
    if (this.at + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.at + extra));
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }
}
