/**
 * The identity of a sheet name: two names Excel takes for the same sheet have the same key.
 *
 * Excel requires sheet names to be "case-insensitive unique in any locale" ([MS-OI29500] 2.1.578,
 * Microsoft's notes on the OOXML standard), so the key depends on no locale: Unicode simple case
 * folding, one character for one. A Vietnamese "Đ" and "đ" fold together in every locale; "ß" stays
 * itself rather than becoming "SS"; the Turkish dotless "ı" and dotted "İ" keep identities of their
 * own instead of joining "i" as they would under one language's rules.
 *
 * The name is NFC-normalised first: Vietnamese typed with combining accents (NFD, as some keyboards,
 * macOS file names and copied text produce) is the same name as its precomposed form.
 *
 * The key lives in domain because domain assigns unit sheet names and may import no other layer;
 * the rest of the code reaches it through layout/excel-rules.
 */

const folded = new Map<string, string>();

const isOneCodePoint = (text: string): boolean => text.length === 1 || (text.length === 2 && (text.codePointAt(0) ?? 0) > 0xffff);

// The only character whose uppercase mapping leaves its simple case-folding class: CaseFolding.txt
// folds "ı" only under the Turkic rules.
const DOTLESS_I = "\u0131";

/**
 * Simple case folding of one code point. JavaScript offers only the full case mappings; keeping the
 * one-to-one results of lowercase-of-uppercase gives the same classes as CaseFolding.txt's simple
 * folding (tests/layout/excel-rules checks every code point against the `iu` RegExp flag, which
 * ECMAScript defines by that folding).
 */
function foldCodePoint(ch: string): string {
  let key = folded.get(ch);
  if (key === undefined) {
    const upper = ch.toUpperCase();
    const base = ch !== DOTLESS_I && isOneCodePoint(upper) ? upper : ch;
    const lower = base.toLowerCase();
    key = isOneCodePoint(lower) ? lower : base;
    folded.set(ch, key);
  }
  return key;
}

// Names are looked up often (every read, every op of a change). Latin letters, Vietnamese ones
// included, fold as toLowerCase lowers them but for a few found here once; a name of those
// letters alone takes the native lowercasing instead of the per-character fold. LATIN accepts
// U+0000–U+024F and U+1E00–U+1EFF, written as a negated class to keep control characters out.
const LATIN = /^[^\u0250-\u1dff\u1f00-\uffff]*$/;
const LATIN_EXCEPTIONS = (() => {
  let chars = "";
  for (const [from, to] of [[0x0000, 0x024f], [0x1e00, 0x1eff]]) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase() !== foldCodePoint(ch)) chars += `\\u{${cp.toString(16)}}`;
    }
  }
  return new RegExp(`[${chars}]`, "u");
})();

/** The key under which Excel compares sheet names. */
export function sheetNameKey(name: string): string {
  const composed = name.normalize("NFC");
  if (LATIN.test(composed) && !LATIN_EXCEPTIONS.test(composed)) return composed.toLowerCase();
  let key = "";
  for (const ch of composed) key += foldCodePoint(ch);
  return key;
}
