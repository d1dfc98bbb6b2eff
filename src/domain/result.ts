/**
 * Expected failures (bad input) are values, not exceptions: a message key from the catalog,
 * its parameters, and where the problem is (file, line, sheet, cell).
 */
import type { Problem } from "../i18n/problem";

export type { Location, Problem } from "../i18n/problem";

export type Result<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T, warnings: Problem[] = []): Result<T> => ({ ok: true, value, warnings });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });
