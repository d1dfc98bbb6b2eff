/**
 * A short, stable fingerprint of what a generated part of the workbook was built from, kept in
 * _meta: a rebuild regenerates that part only when its fingerprint changes, so building twice
 * with the same input changes nothing the second time (docs/architecture.md).
 */

/**
 * FNV-1a (32-bit) and a second multiplicative hash in one pass: 16 hex digits, collisions
 * negligible for this use. Kept in signed 32-bit integers (`| 0`) so the engine never boxes them.
 */
// Bound once: a global lookup per character is what dominated this loop under jest's vm contexts.
const imul = Math.imul;

export function fingerprint(value: unknown): string {
  const json = JSON.stringify(value);
  let a = 0x811c9dc5 | 0;
  let b = 0x5bd1e995 | 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = imul(a ^ c, 0x01000193);
    b = imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
