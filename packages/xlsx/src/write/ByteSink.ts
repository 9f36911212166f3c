/**
 * A growable UTF-8 byte buffer for the hot path of the sheet writer: ASCII parts (refs,
 * attributes, numbers) are copied byte by byte and text is encoded in place, so a county's
 * 项目明细 never exists as millions of small strings to join and encode. Measured on 100,000
 * projects: the sheet writer ~4.1 s → see packages/xlsx/README.md, "Writer".
 */
// Texts up to this long are encoded in JavaScript; longer ones by TextEncoder.encodeInto.
const SHORT_TEXT = 256;

// Size of a sink's buffer: room for a ~256 KB piece and the row that passes it.
const CAPACITY = 1 << 19;
// Buffers given back (ByteSink.recycle) once their piece is compressed: a county's 项目明细 is
// ~650 pieces, which then reuse a few buffers instead of fresh memory each (on the build VM a
// new page costs a page fault of ~10 µs: 165 MB of pieces, ~40,000 faults).
const spare: Uint8Array[] = [];
const MAX_SPARE = 8;

export class ByteSink {
  private buffer: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();

  constructor(capacity = CAPACITY) {
    this.buffer = (capacity === CAPACITY ? spare.pop() : undefined) ?? new Uint8Array(capacity);
  }

  /**
   * Gives back a piece take() handed out, once nothing reads it any more (a zip writer, after
   * its compression is done): a later take() may write over it. Anything else is ignored.
   */
  static recycle(piece: Uint8Array): void {
    if (piece.byteOffset === 0 && piece.buffer.byteLength === CAPACITY && spare.length < MAX_SPARE)
      spare.push(new Uint8Array(piece.buffer, 0, CAPACITY));
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

  /** Any text, as UTF-8 (a lone surrogate as U+FFFD, as TextEncoder writes it). */
  text(text: string): void {
    // A UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair: 4 bytes for 2 units).
    this.ensure(text.length * 3);
    this.at = this.utf8(text, this.buffer, this.at);
  }

  /**
   * Room for `n` more bytes: the buffer to write into from `length` on, directly, with
   * `wrote` after. One check for all the bytes of a cell instead of one per part of it.
   */
  reserve(n: number): Uint8Array {
    this.ensure(n);
    return this.buffer;
  }

  /** The end of what was written into `reserve`'s buffer. */
  wrote(end: number): void {
    this.at = end;
  }

  /** `text` as UTF-8 into `b` at `at` (room for 3 bytes a unit reserved); the new end. */
  utf8(text: string, b: Uint8Array, at: number): number {
    const n = text.length;
    if (n > SHORT_TEXT) return at + this.encoder.encodeInto(text, b.subarray(at)).written;
    // A cell's text is short: encoding it here beats a view and a call into the engine per
    // cell (a county's 项目明细 writes a million of them).
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        b[at++] = c;
        continue;
      }
      if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 0x3f);
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          b[at++] = 0xf0 | (c >> 18);
          b[at++] = 0x80 | ((c >> 12) & 0x3f);
          b[at++] = 0x80 | ((c >> 6) & 0x3f);
          b[at++] = 0x80 | (c & 0x3f);
          continue;
        }
        c = 0xfffd;
      }
      b[at++] = 0xe0 | (c >> 12);
      b[at++] = 0x80 | ((c >> 6) & 0x3f);
      b[at++] = 0x80 | (c & 0x3f);
    }
    return at;
  }

  /** Bytes prepared earlier (markup a column or style repeats on every row). */
  bytes(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** A few bytes prepared earlier (a row number): copied in a loop, cheaper than a call to set. */
  small(bytes: Uint8Array): void {
    const n = bytes.length;
    this.ensure(n);
    const b = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i++) b[at++] = bytes[i]!;
    this.at = at;
  }

  /** A non-negative integer (below 2^53) in decimal, without making a string of it. */
  uint(n: number): void {
    if (n < 10) {
      this.ensure(1);
      this.buffer[this.at++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    this.ensure(digits);
    const b = this.buffer;
    let at = this.at + digits;
    this.at = at;
    for (let m = n; m > 0; m = Math.floor(m / 10)) b[--at] = 48 + (m % 10);
  }

  /** A finite number as `String(n)` spells it; integers without making a string. */
  number(n: number): void {
    if (Number.isSafeInteger(n) && n < 1e15 && n > -1e15) {
      // -0 is written "0", as String(-0) is.
      if (n < 0) {
        this.ensure(1);
        this.buffer[this.at++] = 45;
      }
      this.uint(Math.abs(n));
      return;
    }
    this.ascii(String(n));
  }

  /** Hands out what was written (the buffer itself, no copy) and starts over in another. */
  take(): Uint8Array {
    const out = this.buffer.subarray(0, this.at);
    this.buffer = spare.pop() ?? new Uint8Array(CAPACITY);
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

/**
 * For a host deflate that moves a piece's memory away (a worker thread's transfer) and gets it
 * back once compressed: the buffer is given to the sheet writer to fill again.
 */
export function recyclePiece(bytes: Uint8Array): void {
  ByteSink.recycle(bytes);
}
