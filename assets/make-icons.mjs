// Generates the add-in's icons (16, 32, 64, 80 px; 128 for the store listing) without any
// image tool: a green sheet with a white grid and a check mark, drawn pixel by pixel and
// written as PNG with Node's zlib. Run: node assets/make-icons.mjs
import { deflateSync } from "node:zlib";
import { writeFileSync, renameSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const GREEN = [0x10, 0x7c, 0x41, 255];
const WHITE = [255, 255, 255, 255];
const PALE = [0xc8, 0xe6, 0xd2, 255];
const CLEAR = [0, 0, 0, 0];

function icon(size) {
  const s = (v) => v * size; // coordinates as fractions of the size
  const radius = s(0.16);
  const inRounded = (x, y) => {
    const cx = Math.min(Math.max(x, radius), size - 1 - radius);
    const cy = Math.min(Math.max(y, radius), size - 1 - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const line = Math.max(1, Math.round(size / 16));
  return png(size, (x, y) => {
    if (!inRounded(x + 0.5, y + 0.5)) return CLEAR;
    // the sheet: a pale grid of 3 × 3 cells in the upper-left part
    const gx0 = s(0.18),
      gx1 = s(0.82),
      gy0 = s(0.18),
      gy1 = s(0.82);
    // check mark: two thick strokes
    const px = x + 0.5,
      py = y + 0.5;
    const dist = (ax, ay, bx, by) => {
      const vx = bx - ax,
        vy = by - ay;
      const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
      return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
    };
    const stroke = Math.max(1, size / 11);
    if (dist(s(0.3), s(0.52), s(0.45), s(0.68)) <= stroke || dist(s(0.45), s(0.68), s(0.74), s(0.34)) <= stroke)
      return WHITE;
    if (px >= gx0 && px <= gx1 && py >= gy0 && py <= gy1) {
      const onV = [gx0, s(0.39), s(0.61), gx1].some((g) => Math.abs(px - g) < line / 2 + 0.01);
      const onH = [gy0, s(0.39), s(0.61), gy1].some((g) => Math.abs(py - g) < line / 2 + 0.01);
      if (onV || onH) return PALE;
    }
    return GREEN;
  });
}

for (const size of [16, 32, 64, 80, 128]) {
  const file = join(here, `icon-${size}.png`);
  writeFileSync(file + ".tmp", icon(size));
  renameSync(file + ".tmp", file);
}
console.log("icons written to", here);
