/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; a UTF-8 byte-order
 * mark is dropped (Excel writes one when it saves "CSV UTF-8").
 */
export interface CsvRow {
  /** 1-based line where the record starts, for messages. */
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; rows: CsvRow[] } | { ok: false; line: number };

export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === ",") {
      fields.push(field);
      field = "";
      fieldStarted = false;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      rows.push({ line: recordLine, fields });
      fields = [];
      field = "";
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) return { ok: false, line: recordLine };
  if (fieldStarted || fields.length > 0) {
    fields.push(field);
    rows.push({ line: recordLine, fields });
  }
  return { ok: true, rows };
}

/**
 * Writes records as RFC 4180 CSV with CRLF line ends. Text that a spreadsheet would take for a
 * formula (=, +, -, @, tab, CR first) gets a leading apostrophe, as OWASP advises for CSV
 * opened in Excel; numbers are written as they are.
 */
export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const field = (value: string | number | null): string => {
    if (value === null) return "";
    if (typeof value === "number") return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
