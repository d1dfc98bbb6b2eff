/**
 * The units CSV (`code,name,kind,head,email,members`, UTF-8 with or without BOM, RFC 4180).
 * Every bad row is reported with its line; nothing is half-accepted.
 */
import { parseCsv } from "./csv";
import { fail, ok, type Problem, type Result } from "./result";
import type { Unit, UnitCode } from "./types";
import { checkEmail, checkMembers, checkUnitCode, checkUnitKind } from "./unit-fields";

const COLUMNS = ["code", "name", "kind", "head", "email", "members"] as const;

export function parseUnitsCsv(text: string, file: string): Result<Unit[]> {
  const parsed = parseCsv(text.normalize("NFC"));
  if (!parsed.ok) return fail({ key: "units.csv.unclosedQuote", at: { file, line: parsed.line } });
  // Blank lines (often at the end of a file saved by Excel) are not units.
  const [header, ...rows] = parsed.rows.filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (!header) return fail({ key: "units.csv.empty", at: { file } });

  const names = header.fields.map((h) => h.trim().toLowerCase());
  const index: Record<string, number> = {};
  for (const column of COLUMNS) {
    const i = names.indexOf(column);
    if (i < 0) return fail({ key: "units.csv.missingColumn", params: { column }, at: { file, line: header.line } });
    index[column] = i;
  }

  const problems: Problem[] = [];
  const units: Unit[] = [];
  const firstLine = new Map<UnitCode, number>();
  for (const row of rows) {
    const at = { file, line: row.line };
    const get = (column: (typeof COLUMNS)[number]) => (row.fields[index[column]] ?? "").trim();
    const code = checkUnitCode(get("code"), at);
    const kind = checkUnitKind(get("kind"), at);
    const email = checkEmail(get("email"), at);
    const members = checkMembers(get("members"), at);
    const name = get("name").replace(/\s+/g, " ");
    if (!name) problems.push({ key: "units.missingName", at });
    for (const check of [code, kind, email, members]) if (!check.ok) problems.push(check.problem);
    if (code.ok) {
      const seen = firstLine.get(code.value);
      if (seen !== undefined) problems.push({ key: "units.duplicateCode", params: { value: code.value, first: seen }, at });
      else firstLine.set(code.value, row.line);
    }
    if (code.ok && kind.ok && email.ok && members.ok && name) {
      units.push({ code: code.value, name, kind: kind.value, head: get("head") || null, email: email.value, members: members.value });
    }
  }
  if (problems.length > 0) return fail(...problems);
  if (units.length === 0) return fail({ key: "units.csv.empty", at: { file } });
  return ok(units);
}
