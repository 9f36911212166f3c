// Draws the add-in icon at every size the manifest needs and writes them as PNG files, with
// node's zlib only: a green rounded square with a white sheet and ledger lines.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { ICON_SIZES, iconPath } from "../src/manifest/addinConfig.js";

type Rgb = readonly [number, number, number];
const GREEN: Rgb = [16, 124, 65];
const DARK: Rgb = [11, 90, 46];
const WHITE: Rgb = [255, 255, 255];
const RED: Rgb = [209, 52, 56];

/** Colour at a point of the unit square, or undefined outside the icon. */
function paint(x: number, y: number): Rgb | undefined {
  const inRoundRect = (l: number, t: number, r: number, b: number, rad: number): boolean => {
    if (x < l || x > r || y < t || y > b) return false;
    const cx = Math.min(Math.max(x, l + rad), r - rad);
    const cy = Math.min(Math.max(y, t + rad), b - rad);
    return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad;
  };
  const inRect = (l: number, t: number, r: number, b: number): boolean =>
    x >= l && x <= r && y >= t && y <= b;
  if (!inRoundRect(0.04, 0.04, 0.96, 0.96, 0.16)) return undefined;
  if ((x - 0.74) ** 2 + (y - 0.74) ** 2 <= 0.13 ** 2) return RED;
  if (inRect(0.2, 0.18, 0.8, 0.82)) {
    if (inRect(0.2, 0.18, 0.8, 0.31)) return DARK;
    for (const line of [0.42, 0.55, 0.68])
      if (inRect(0.28, line - 0.035, 0.72, line + 0.035)) return GREEN;
    return WHITE;
  }
  return GREEN;
}

/** RGBA pixels of the icon at `size`, 4×4 supersampled so small sizes stay smooth. */
function render(size: number): Buffer {
  const n = 4;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0)
        out.set(
          [
            Math.round(r / a),
            Math.round(g / a),
            Math.round(b / a),
            Math.round((255 * a) / (n * n)),
          ],
          i,
        );
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file of RGBA pixels. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of ICON_SIZES) {
  const file = fileURLToPath(new URL(`../public/${iconPath(size)}`, import.meta.url));
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
