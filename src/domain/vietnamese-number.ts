/**
 * Numbers written as Vietnamese text: a dot groups thousands and a comma marks decimals
 * (1.234; 94,9%), as TCVN 6909 documents and party reports write them. Used wherever a number
 * becomes part of a sentence; cells keep real numbers and a number format instead.
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 1234 → "1.234"; 2.5 → "2,5" (up to `decimals` places, trailing zeros dropped). */
export function formatNumberVi(value: number, decimals = 2): string {
  const sign = value < 0 ? "-" : "";
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction = ""] = fixed.split(".");
  const kept = fraction.replace(/0+$/, "");
  return `${sign}${groupThousands(whole)}${kept ? `,${kept}` : ""}`;
}

/** A ratio as a percentage with one decimal: 0.9492 → "94,9%", 1 → "100%", 0.5 → "50%". */
export function formatPercentVi(ratio: number): string {
  return `${formatNumberVi(Math.round(ratio * 1000) / 10, 1)}%`;
}
