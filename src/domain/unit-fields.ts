/**
 * Field rules for units, shared by the CSV import and the Đơn vị sheet reader so a unit is
 * valid or invalid the same way wherever it was typed.
 */
import type { Problem, Location } from "./result";
import { UNIT_KINDS, type UnitCode, type UnitKind } from "./types";

const CODE = /^[A-Za-z0-9_-]{1,20}$/;
// Deliberately loose: one "@", a dot in the domain, no spaces. Mail servers decide the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function checkUnitCode(raw: string, at: Location): FieldCheck<UnitCode> {
  const value = raw.trim();
  if (!CODE.test(value)) return { ok: false, problem: { key: "units.badCode", params: { value: raw }, at } };
  return { ok: true, value: value as UnitCode };
}

/**
 * Accepts the kind as typed by people: any case, with or without diacritics, or the short forms.
 * A blank kind is a chi bộ, the commonest kind: the kind only labels a unit, and refusing a unit
 * for it would stop a build over a detail.
 */
export function checkUnitKind(raw: string, at: Location): FieldCheck<UnitKind> {
  const folded = foldVietnamese(raw).replace(/\s+/g, " ").trim();
  if (folded === "" || folded === "chi bo" || folded === "cb") return { ok: true, value: UNIT_KINDS[0] };
  if (folded === "dang bo co so" || folded === "dang bo" || folded === "dbcs") return { ok: true, value: UNIT_KINDS[1] };
  return { ok: false, problem: { key: "units.badKind", params: { value: raw }, at } };
}

export function checkEmail(raw: string, at: Location): FieldCheck<string | null> {
  const value = raw.trim();
  if (value === "") return { ok: true, value: null };
  if (!EMAIL.test(value)) return { ok: false, problem: { key: "units.badEmail", params: { value: raw }, at } };
  return { ok: true, value };
}

export function checkMembers(raw: string | number, at: Location): FieldCheck<number | null> {
  if (typeof raw === "number") {
    return Number.isInteger(raw) && raw >= 0
      ? { ok: true, value: raw }
      : { ok: false, problem: { key: "units.badMembers", params: { value: String(raw) }, at } };
  }
  const value = raw.trim().replace(/\./g, "");
  if (value === "") return { ok: true, value: null };
  if (!/^\d+$/.test(value)) return { ok: false, problem: { key: "units.badMembers", params: { value: raw }, at } };
  return { ok: true, value: Number(value) };
}

/** Lower case, without Vietnamese diacritics, "đ" → "d": for comparing what people type. */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}
