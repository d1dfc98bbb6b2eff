import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { render, SIZES } from "../../scripts/make-icons";

/** Decodes the RGBA pixels of a PNG written by make-icons (8-bit RGBA, filter 0). */
function pixels(png: Buffer): { width: number; rgba: Buffer } {
  const width = png.readUInt32BE(16);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString("ascii", at + 4, at + 8) === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(chunks));
  const rgba = Buffer.alloc(width * width * 4);
  for (let y = 0; y < width; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, rgba };
}

/** Each size drawn once: the drawing is rasterised with supersampling, seconds at 128 px. */
const rendered = new Map<number, Buffer>();
const drawn = (size: number): Buffer => {
  if (!rendered.has(size)) rendered.set(size, render(size));
  return rendered.get(size)!;
};

describe("the add-in's icons", () => {
  it.each(SIZES)("assets/icon-%i.png is the committed rendering of the drawing", (size) => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "..", "assets", `icon-${size}.png`));
    expect(committed.equals(drawn(size))).toBe(true);
  });

  it.each(SIZES)("the %i px icon is a gold mark on a red field with transparent corners", (size) => {
    const { width, rgba } = pixels(drawn(size));
    expect(width).toBe(size);
    const at = (x: number, y: number) => Array.from(rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));
    expect(at(0, 0)[3]).toBeLessThan(128);
    const colours = new Set<string>();
    for (let i = 0; i < size * size; i++) {
      const [r, g, b, a] = rgba.subarray(i * 4, i * 4 + 4);
      if (a < 255) continue;
      if (r > 180 && g < 60 && b < 80) colours.add("red");
      if (r > 230 && g > 180 && b < 60) colours.add("gold");
    }
    expect([...colours].sort()).toEqual(["gold", "red"]);
  });
});
