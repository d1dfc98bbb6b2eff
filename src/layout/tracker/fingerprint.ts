/**
 * A short, stable fingerprint of what a generated part of the workbook was built from, kept in
 * _meta: a rebuild regenerates that part only when its fingerprint changes, so building twice
 * with the same input changes nothing the second time (DESIGN §8).
 */

/** Two FNV-1a 32-bit hashes with different offsets: 16 hex digits, collisions negligible here. */
export function fingerprint(value: unknown): string {
  const json = JSON.stringify(value);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
