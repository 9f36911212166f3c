import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from "fflate";
import { ByteSink } from "./ByteSink.js";

/**
 * Raw DEFLATE for one piece of a zip entry. It is called with an entry's pieces in order,
 * `final` on the last; the outputs, concatenated, must form one DEFLATE stream (so each
 * non-final piece ends on a byte boundary without the final-block bit: a sync flush).
 * @example (data, final) => zlib.deflateRawSync(data, { level: 6, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH })
 */
export type DeflateRaw = (data: Uint8Array, final: boolean) => Uint8Array;

/**
 * Raw DEFLATE of one piece done off the writer's thread (Node: zlib's thread pool), with the
 * contract of `DeflateRaw`: called with an entry's pieces in order, `final` on the last, the
 * outputs concatenated in call order forming the entry's DEFLATE stream. Several pieces may be
 * in flight at once; each piece may be its own run (a sync flush) or one stream may carry the
 * entry (each promise then gives the bytes compressed since the previous one). A promise
 * settles only once its piece has been read: the writer then reuses the piece's memory. Until
 * then the piece is the deflate's: it may move it elsewhere (a worker's transfer) and give it
 * back with `recyclePiece`.
 * @example promisify(zlib.deflateRaw)(data, { level: 3, finishFlush: final ? Z_FINISH : Z_SYNC_FLUSH })
 */
export type DeflateRawAsync = (data: Uint8Array, final: boolean) => Promise<Uint8Array>;

/**
 * CRC-32 of `data` continuing from `previous` (0 to start), as zlib computes it.
 * @example (data, previous) => zlib.crc32(data, previous)
 */
export type Crc32 = (data: Uint8Array, previous: number) => number;

/** One file of the zip: its path and its content, produced piece by piece only when written. */
export interface ZipEntry {
  name: string;
  /** Text pieces, or bytes already UTF-8 encoded (the sheet writer's hot path). */
  text: () => Iterable<string | Uint8Array>;
}

/** How entries are compressed and dated. */
export interface ZipOptions {
  /** fflate's compression level when no `deflateRaw` is given. */
  level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** A host's own deflate (Node: native zlib) instead of fflate's. */
  deflateRaw?: DeflateRaw | undefined;
  /** With `deflateRaw`: the host's CRC-32 of the uncompressed data instead of fflate's. */
  crc32?: Crc32 | undefined;
  /** Modification time of every entry. */
  now: Date;
}

// Text is encoded and handed to the deflater in pieces of about this many characters: one
// call per piece, and for a host deflate one sync flush per piece, which costs a few bytes.
const PIECE_CHARS = 1 << 18;

/**
 * A zip entry compressed by a host's deflate, and checksummed by the host's CRC-32 when it
 * has one (fflate's is JavaScript: ~0.35 s of a 135 MB county sheet): fflate's pass-through
 * entry with `compression` 8 and its documented `crc`/`size` fields kept here.
 */
class HostDeflateEntry extends ZipPassThrough {
  private checksum = 0;

  constructor(
    filename: string,
    private readonly deflateRaw: DeflateRaw,
    private readonly crc32: Crc32 | undefined,
  ) {
    super(filename);
    this.compression = 8;
  }

  override push(chunk: Uint8Array<ArrayBuffer>, final?: boolean): void {
    if (!this.crc32) {
      super.push(chunk, final);
      return;
    }
    this.checksum = this.crc32(chunk, this.checksum);
    this.size += chunk.length;
    if (final) this.crc = this.checksum >>> 0;
    this.process(chunk, final === true);
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    // fflate only reads these bytes; the types differ only in what may back a Node Buffer.
    this.ondata(null, this.deflateRaw(chunk, final) as Uint8Array<ArrayBuffer>, final);
  }

  /** A piece compressed elsewhere: `size` bytes in, `crc` of the whole entry on the last. */
  pushDeflated(size: number, crc: number, deflated: Uint8Array, final: boolean): void {
    this.size += size;
    if (final) this.crc = crc >>> 0;
    this.ondata(null, deflated as Uint8Array<ArrayBuffer>, final);
  }
}

/** How entries are compressed when a host deflates off the writer's thread. */
export interface AsyncZipOptions {
  deflateRaw: DeflateRawAsync;
  crc32: Crc32;
  now: Date;
}

// Pieces (PIECE_CHARS or a sheet writer's chunk, ~256 KiB each) being compressed at once:
// enough to keep a compressing thread or pool busy while the next pieces are generated, and to
// ride out a slow piece without the writer waiting (~4 MB held).
const IN_FLIGHT = 8;

/**
 * The bytes `zipEntries` gives with the same deflate, but each piece is compressed by the
 * host's asynchronous deflate while the writer generates the next ones (on two cores the
 * sheet XML and its compression overlap). Pieces are put back in order, so the zip is the
 * same; at most IN_FLIGHT pieces wait in memory.
 */
export async function* zipEntriesAsync(
  entries: Iterable<ZipEntry>,
  options: AsyncZipOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    out.push(data);
  });
  interface Piece {
    file: HostDeflateEntry;
    data: Uint8Array;
    size: number;
    crc: number;
    final: boolean;
    deflated: Promise<Uint8Array>;
  }
  const queue: Piece[] = [];
  const added = new Set<HostDeflateEntry>();
  // The oldest piece, handed to fflate; an entry joins the zip only when its first piece is
  // settled, so fflate sees one entry after the other as in the synchronous writer.
  const settle = async (): Promise<void> => {
    const piece = queue.shift()!;
    const deflated = await piece.deflated;
    // Compressed: the sheet writer may fill the piece's buffer again.
    ByteSink.recycle(piece.data);
    if (!added.has(piece.file)) {
      added.add(piece.file);
      zip.add(piece.file);
    }
    piece.file.pushDeflated(piece.size, piece.crc, deflated, piece.final);
    if (piece.final) added.delete(piece.file);
  };
  const encoder = new TextEncoder();
  for (const entry of entries) {
    const file = new HostDeflateEntry(entry.name, () => new Uint8Array(0), options.crc32);
    file.mtime = options.now;
    let crc = 0;
    const send = async function* (data: Uint8Array, final: boolean): AsyncGenerator<Uint8Array> {
      // Size and CRC first: the deflate may move the piece's memory away (a transfer).
      const size = data.length;
      crc = options.crc32(data, crc);
      const deflated = options.deflateRaw(data, final);
      // Awaited in order by settle(); until then a failure must not count as unhandled.
      deflated.catch(() => undefined);
      queue.push({ file, data, size, crc, final, deflated });
      while (queue.length > IN_FLIGHT) {
        await settle();
        yield* out.splice(0);
      }
    };
    let pending: string[] = [];
    let pendingChars = 0;
    for (const piece of entry.text()) {
      if (typeof piece !== "string") {
        if (pending.length) yield* send(encoder.encode(pending.join("")), false);
        pending = [];
        pendingChars = 0;
        yield* send(piece, false);
        continue;
      }
      pending.push(piece);
      pendingChars += piece.length;
      if (pendingChars >= PIECE_CHARS) {
        yield* send(encoder.encode(pending.join("")), false);
        pending = [];
        pendingChars = 0;
      }
    }
    yield* send(encoder.encode(pending.join("")), true);
  }
  while (queue.length > 0) {
    await settle();
    yield* out.splice(0);
  }
  zip.end();
  yield* out.splice(0);
}

/**
 * Zips entries into .xlsx bytes, handing each piece of output on as soon as it exists:
 * only one entry's pending piece is ever held, whatever the size of the whole.
 */
export function* zipEntries(
  entries: Iterable<ZipEntry>,
  options: ZipOptions,
): Generator<Uint8Array, void, undefined> {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    // fflate reports only its own bugs here (a push after the end, a bad header): not user data.
    if (error) throw error;
    out.push(data);
  });
  const encoder = new TextEncoder();
  for (const entry of entries) {
    const file: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void } =
      options.deflateRaw
        ? new HostDeflateEntry(entry.name, options.deflateRaw, options.crc32)
        : new ZipDeflate(entry.name, { level: options.level });
    file.mtime = options.now;
    zip.add(file);
    let pending: string[] = [];
    let pendingChars = 0;
    for (const piece of entry.text()) {
      if (typeof piece !== "string") {
        if (pending.length) file.push(encoder.encode(pending.join("")));
        pending = [];
        pendingChars = 0;
        file.push(piece);
        // Compressed by now (fflate copies what it keeps; a host deflate here is synchronous):
        // the sheet writer may fill the piece's buffer again.
        ByteSink.recycle(piece);
        yield* out.splice(0);
        continue;
      }
      pending.push(piece);
      pendingChars += piece.length;
      if (pendingChars >= PIECE_CHARS) {
        file.push(encoder.encode(pending.join("")));
        pending = [];
        pendingChars = 0;
        yield* out.splice(0);
      }
    }
    file.push(encoder.encode(pending.join("")), true);
    yield* out.splice(0);
  }
  zip.end();
  yield* out.splice(0);
}
