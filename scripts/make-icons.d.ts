/** Types for scripts/make-icons.js, so the TypeScript tests can call it. */
export const SIZES: number[];
export function render(size: number): Buffer;
export function encodePng(width: number, height: number, rgba: Buffer): Buffer;
