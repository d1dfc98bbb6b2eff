#!/usr/bin/env node
/**
 * Draws the add-in's icons (a gold checklist on a red field) as PNG files in assets/.
 * No image library: shapes are rasterised with 4×4 supersampling and written as RGBA PNG with
 * zlib, so the icons are reproducible from this file alone (`node scripts/make-icons.js`).
 *
 * Sizes: 16, 32, 80 are what Office's ribbon and add-in dialogs ask for (IconUrl 32,
 * HighResolutionIconUrl 64, ribbon Icon 16/32/80 in VersionOverrides); 64 and 128 serve the
 * high-resolution icon and a store or admin-center listing.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const RED = [200, 16, 46];
const GOLD = [255, 205, 0];
const SIZES = [16, 32, 64, 80, 128];
const SUBSAMPLES = 4;

/** Signed-distance style tests on the unit square (0..1 in both axes). */
function insideRoundedRect(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The mark: rows of "✓ ——". Small icons get fewer, thicker rows so they stay legible. */
function markStrokes(size) {
  const rows = size <= 16 ? [0.33, 0.68] : [0.27, 0.5, 0.73];
  const width = size <= 16 ? 0.13 : size <= 32 ? 0.085 : 0.07;
  const strokes = [];
  for (const y of rows) {
    const h = size <= 16 ? 0.11 : 0.075;
    strokes.push({ from: [0.17, y], to: [0.25, y + h * 0.8], width });
    strokes.push({ from: [0.25, y + h * 0.8], to: [0.4, y - h], width });
    strokes.push({ from: [0.5, y], to: [0.83, y], width });
  }
  return strokes;
}

function render(size) {
  const strokes = markStrokes(size);
  const radius = 0.17;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let field = 0;
      let mark = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          if (!insideRoundedRect(x, y, radius)) continue;
          field++;
          if (strokes.some((s) => distanceToSegment(x, y, s.from, s.to) <= s.width / 2)) mark++;
        }
      }
      const total = SUBSAMPLES * SUBSAMPLES;
      const o = (py * size + px) * 4;
      const markShare = field === 0 ? 0 : mark / field;
      for (let c = 0; c < 3; c++) {
        pixels[o + c] = Math.round(RED[c] * (1 - markShare) + GOLD[c] * markShare);
      }
      pixels[o + 3] = Math.round((255 * field) / total);
    }
  }
  return encodePng(size, size, pixels);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** PNG (ISO/IEC 15948): 8-bit RGBA, filter 0 on every scanline, one IDAT. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, render(size));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();

module.exports = { render, encodePng, SIZES };
