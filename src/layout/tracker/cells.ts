/**
 * Cell contents as the tracker writes them. User-supplied text always goes through `text`, so
 * a host writes it as text even when it starts with "=", "+", "-" or "@" (OWASP ASVS 1.2.10).
 */
import type { IsoDate } from "../../domain/types";
import type { CellContent } from "../sheet-spec";

export const blank: CellContent = { kind: "blank" };

export function text(value: string | null | undefined): CellContent {
  return value === null || value === undefined || value === "" ? blank : { kind: "text", text: value };
}

export function num(value: number | null | undefined): CellContent {
  return value === null || value === undefined ? blank : { kind: "number", value };
}

export function date(value: IsoDate | null | undefined): CellContent {
  return value === null || value === undefined ? blank : { kind: "date", date: value };
}

export function formula(source: string): CellContent {
  return { kind: "formula", formula: source.startsWith("=") ? source : `=${source}` };
}

/** Two contents are the same cell value (used to write only what changed). */
export function sameContent(a: CellContent, b: CellContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
