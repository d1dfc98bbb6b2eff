/**
 * Range and its format objects in the emulated Excel: value writes with Excel's size rule and
 * input coercion, formats as layers, merges, widths, hyperlinks and data validation.
 */
import { type CellRect, MAX_COLUMNS, MAX_ROWS, parseRange, rectColumns, rectRows } from "../../../../src/layout/excel-rules";
import { coerceInput } from "../cell-coercion";
import { EmulatedExcelError, MESSAGES, invalidArgument } from "../excel-errors";
import { NULL_REF, type Ref, defineType } from "../object-model";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type EmuScalar, type EmuSheet, type EmulatedWorkbook, cellKey, rectsOverlap } from "../workbook-model";
import { CELL_LIMIT, assertFormattable, assertWritable, cellCount, rangeParts, rangeRef, resolveRangeArgument } from "./range-ref";

/** Excel's limit on an inline list source of a list validation: 255 characters. */
const LIST_SOURCE_LIMIT = 255;

function requireSmall(rect: CellRect): void {
  if (cellCount(rect) > CELL_LIMIT) throw new EmulatedExcelError("GeneralException", "emulator: range too large to materialise");
}

/** A 2-D input must match the range exactly; a single (non-array) value fills every cell. */
function matrixFor(rect: CellRect, input: unknown): unknown[][] {
  const rows = rectRows(rect);
  const cols = rectColumns(rect);
  if (!Array.isArray(input)) {
    requireSmall(rect);
    return Array.from({ length: rows }, () => Array.from({ length: cols }, () => input));
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new EmulatedExcelError("InvalidArgument", MESSAGES.sizeMismatch);
  }
  return input as unknown[][];
}

/** A zero-based row or column offset argument: a whole number, not negative. */
function offsetArgument(value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw invalidArgument();
  return n;
}

function writeCells(ref: Ref, input: unknown, wb: EmulatedWorkbook): void {
  const { sheet, rect } = rangeParts(ref, wb);
  const matrix = matrixFor(rect, input);
  assertWritable(wb, sheet, rect);
  // Only cells under a text format ("@") type differently: look a cell's format up only then.
  const textFormats = sheet.formats.some((layer) => layer.key === "numberFormat" && layer.value === "@" && rectsOverlap(layer.rect, rect));
  matrix.forEach((row, r) =>
    row.forEach((value, c) => {
      // null in an input array leaves the cell as it is (Office.js Range.values/formulas docs).
      if (value === null || value === undefined) return;
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") throw invalidArgument();
      const [row, col] = [rect.top + r, rect.left + c];
      const formatOf = () => wb.formatAt(sheet, row, col).numberFormat;
      const { numberFormat, ...cell } = coerceInput(value as EmuScalar, textFormats ? formatOf() : "General");
      wb.setCell(sheet, row, col, cell);
      if (numberFormat && formatOf() === "General") wb.addFormat(sheet, { top: row, bottom: row, left: col, right: col }, "numberFormat", numberFormat);
    }),
  );
}

function readCells(ref: Ref, wb: EmulatedWorkbook, pick: (row: number, col: number, sheet: EmuSheet) => unknown): unknown[][] {
  const { sheet, rect } = rangeParts(ref, wb);
  requireSmall(rect);
  return Array.from({ length: rectRows(rect) }, (_, r) => Array.from({ length: rectColumns(rect) }, (_, c) => pick(rect.top + r, rect.left + c, sheet)));
}

function setNumberFormat(ref: Ref, input: unknown, wb: EmulatedWorkbook): void {
  const { sheet, rect } = rangeParts(ref, wb);
  assertFormattable(sheet, "allowFormatCells");
  if (!Array.isArray(input)) {
    wb.addFormat(sheet, rect, "numberFormat", String(input));
    return;
  }
  const matrix = matrixFor(rect, input);
  const first = matrix[0][0];
  if (matrix.every((row) => row.every((v) => v === first))) {
    wb.addFormat(sheet, rect, "numberFormat", String(first));
    return;
  }
  matrix.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = { top: rect.top + r, left: rect.left + c, bottom: rect.top + r, right: rect.left + c };
      wb.addFormat(sheet, cell, "numberFormat", String(value));
    }),
  );
}

/** A format property of a Range's format object: read from the top-left cell, written as a layer. */
function formatProperty(key: string, read: (f: ReturnType<EmulatedWorkbook["formatAt"]>) => unknown, allowedBy = "allowFormatCells") {
  return {
    get: (ref: Ref, wb: EmulatedWorkbook) => {
      const { sheet, rect } = rangeParts(ref, wb);
      return read(wb.formatAt(sheet, rect.top, rect.left));
    },
    set: (ref: Ref, value: unknown, wb: EmulatedWorkbook) => {
      const { sheet, rect } = rangeParts(ref, wb);
      assertFormattable(sheet, allowedBy);
      wb.addFormat(sheet, rect, key, value);
    },
  };
}

const EDGES: Record<string, (rect: CellRect) => { rect: CellRect; side: string }[]> = {
  EdgeTop: (r) => [{ rect: { ...r, bottom: r.top }, side: "top" }],
  EdgeBottom: (r) => [{ rect: { ...r, top: r.bottom }, side: "bottom" }],
  EdgeLeft: (r) => [{ rect: { ...r, right: r.left }, side: "left" }],
  EdgeRight: (r) => [{ rect: { ...r, left: r.right }, side: "right" }],
  InsideHorizontal: (r) =>
    r.top === r.bottom ? [] : [{ rect: { ...r, top: r.top + 1 }, side: "top" }, { rect: { ...r, bottom: r.bottom - 1 }, side: "bottom" }],
  InsideVertical: (r) =>
    r.left === r.right ? [] : [{ rect: { ...r, left: r.left + 1 }, side: "left" }, { rect: { ...r, right: r.right - 1 }, side: "right" }],
};

const BORDER_STYLES = ["Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "None", "SlantDashDot"];

function borderProperty(name: "style" | "weight" | "color") {
  return {
    get: (ref: Ref, wb: EmulatedWorkbook) => {
      const { sheet, rect } = rangeParts(ref, wb);
      const part = EDGES[ref.key ?? ""](rect)[0];
      if (!part) return null;
      const border = wb.formatAt(sheet, part.rect.top, part.rect.left).borders[part.side as "top"];
      return border?.[name] ?? (name === "style" ? "None" : null);
    },
    set: (ref: Ref, value: unknown, wb: EmulatedWorkbook) => {
      const { sheet, rect } = rangeParts(ref, wb);
      assertFormattable(sheet, "allowFormatCells");
      if (name === "style" && !BORDER_STYLES.includes(String(value))) throw invalidArgument();
      for (const part of EDGES[ref.key ?? ""](rect)) {
        // Each property is its own layer; resolved borders merge style, weight and colour.
        const current = { ...(wb.formatAt(sheet, part.rect.top, part.rect.left).borders[part.side as "top"] ?? { style: "None" }) };
        wb.addFormat(sheet, part.rect, `border.${part.side}`, { ...current, [name]: value });
      }
    },
  };
}

function validationAt(sheet: EmuSheet, rect: CellRect) {
  let entry = sheet.validations.find((v) => v.rect.top === rect.top && v.rect.left === rect.left && v.rect.bottom === rect.bottom && v.rect.right === rect.right);
  if (!entry) {
    entry = { rect, rule: {}, ignoreBlanks: true, prompt: null, errorAlert: null };
    sheet.validations.push(entry);
  }
  return entry;
}

/** What is left of `rect` once `cut` is taken out: up to four rectangles. */
function subtractRect(rect: CellRect, cut: CellRect): CellRect[] {
  if (!rectsOverlap(rect, cut)) return [rect];
  const pieces: CellRect[] = [];
  if (rect.top < cut.top) pieces.push({ ...rect, bottom: cut.top - 1 });
  if (rect.bottom > cut.bottom) pieces.push({ ...rect, top: cut.bottom + 1 });
  const top = Math.max(rect.top, cut.top);
  const bottom = Math.min(rect.bottom, cut.bottom);
  if (rect.left < cut.left) pieces.push({ top, bottom, left: rect.left, right: cut.left - 1 });
  if (rect.right > cut.right) pieces.push({ top, bottom, left: cut.right + 1, right: rect.right });
  return pieces;
}

const sameRect = (a: CellRect, b: CellRect) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

function checkRule(rule: unknown): Record<string, unknown> {
  if (typeof rule !== "object" || rule === null) throw invalidArgument();
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null);
  // Excel.DataValidationRule: exactly one rule type may be given.
  if (kinds.length !== 1) throw invalidArgument();
  const list = (rule as { list?: { source?: unknown } }).list;
  if (list && typeof list.source === "string" && !list.source.startsWith("=") && list.source.length > LIST_SOURCE_LIMIT) throw invalidArgument();
  return rule as Record<string, unknown>;
}

export function registerRangeTypes(): void {
  defineType("Range", {
    navigation: {
      format: (ref) => ({ ...ref, type: "RangeFormat" }),
      conditionalFormats: (ref) => ({ ...ref, type: "ConditionalFormatCollection" }),
      dataValidation: (ref) => ({ ...ref, type: "DataValidation" }),
      worksheet: (ref) => ({ type: "Worksheet", sheetId: ref.sheetId }),
    },
    properties: {
      address: { get: (ref, wb) => wb.address(rangeParts(ref, wb).sheet, ref.rect!) },
      addressLocal: { get: (ref, wb) => wb.address(rangeParts(ref, wb).sheet, ref.rect!) },
      rowCount: { get: (ref) => rectRows(ref.rect!) },
      columnCount: { get: (ref) => rectColumns(ref.rect!) },
      cellCount: { get: (ref) => cellCount(ref.rect!) },
      rowIndex: { get: (ref) => ref.rect!.top - 1 },
      columnIndex: { get: (ref) => ref.rect!.left - 1 },
      values: {
        get: (ref, wb) => readCells(ref, wb, (r, c, sheet) => wb.valueAt(sheet, r, c)),
        set: (ref, value, wb) => writeCells(ref, value, wb),
      },
      valueTypes: {
        get: (ref, wb) =>
          readCells(ref, wb, (r, c, sheet) => {
            if (wb.getCell(sheet, r, c)?.error) return "Error";
            const value = wb.valueAt(sheet, r, c);
            return value === "" ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String";
          }),
      },
      formulas: {
        get: (ref, wb) =>
          readCells(ref, wb, (r, c, sheet) => {
            const cell = wb.getCell(sheet, r, c);
            return cell ? (cell.formula ?? cell.value) : "";
          }),
        set: (ref, value, wb) => writeCells(ref, value, wb),
      },
      text: { get: (ref, wb) => readCells(ref, wb, (r, c, sheet) => String(wb.valueAt(sheet, r, c))) },
      numberFormat: {
        get: (ref, wb) => readCells(ref, wb, (r, c, sheet) => wb.formatAt(sheet, r, c).numberFormat),
        set: (ref, value, wb) => setNumberFormat(ref, value, wb),
      },
      hyperlink: {
        get: (ref, wb) => {
          const { sheet, rect } = rangeParts(ref, wb);
          return sheet.hyperlinks.get(cellKey(rect.top, rect.left)) ?? null;
        },
        set: (ref, value, wb) => {
          const { sheet, rect } = rangeParts(ref, wb);
          assertFormattable(sheet);
          const link = (value ?? {}) as { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string };
          for (let r = rect.top; r <= rect.bottom; r++) {
            for (let c = rect.left; c <= rect.right; c++) {
              if (!link.address && !link.documentReference) sheet.hyperlinks.delete(cellKey(r, c));
              else sheet.hyperlinks.set(cellKey(r, c), { ...link });
              // Excel writes textToDisplay into the cell as its value.
              if (link.textToDisplay !== undefined) wb.setCell(sheet, r, c, { value: link.textToDisplay, formula: null });
            }
          }
        },
      },
      columnHidden: {
        get: (ref, wb) => rangeParts(ref, wb).sheet.columnHidden.has(ref.rect!.left),
        set: (ref, value, wb) => {
          const { sheet, rect } = rangeParts(ref, wb);
          assertFormattable(sheet, "allowFormatColumns");
          for (let c = rect.left; c <= rect.right; c++) {
            if (value) sheet.columnHidden.add(c);
            else sheet.columnHidden.delete(c);
          }
        },
      },
      rowHidden: {
        get: (ref, wb) => rangeParts(ref, wb).sheet.rowHidden.has(ref.rect!.top),
        set: (ref, value, wb) => {
          const { sheet, rect } = rangeParts(ref, wb);
          assertFormattable(sheet, "allowFormatRows");
          for (let r = rect.top; r <= rect.bottom; r++) {
            if (value) sheet.rowHidden.add(r);
            else sheet.rowHidden.delete(r);
          }
        },
      },
    },
    methods: {
      // Range.select (ExcelApi 1.1): activates the range's sheet and selects it; a hidden sheet refuses.
      select: (ref, _args, wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        if (sheet.visibility !== "Visible") throw new EmulatedExcelError("InvalidOperation", "A range on a hidden worksheet cannot be selected.");
        wb.activeSheetId = sheet.id;
        wb.selection = { sheetId: sheet.id, rect };
      },
      merge: (ref, [across], wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        assertFormattable(sheet);
        const parts = across ? Array.from({ length: rectRows(rect) }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
        for (const part of parts) {
          if (cellCount(part) === 1) continue;
          // Excel refuses merges across a table (InvalidOperation) and replaces overlapping merges.
          if (wb.tablesOf(sheet).some((t) => rectsOverlap(t.rect, part))) throw new EmulatedExcelError("InvalidOperation", "Merged cells can't overlap a table.");
          sheet.merges = sheet.merges.filter((m) => !rectsOverlap(m, part));
          sheet.merges.push(part);
        }
      },
      unmerge: (ref, _args, wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        assertFormattable(sheet);
        sheet.merges = sheet.merges.filter((m) => !rectsOverlap(m, rect));
      },
      clear: (ref, [applyTo], wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        const what = String(applyTo ?? "All");
        if (what === "All" || what === "Contents") {
          assertWritable(wb, sheet, rect);
          for (const key of [...sheet.cells.keys()]) {
            const row = Math.floor(key / 16384) + 1;
            const col = (key % 16384) + 1;
            if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right) sheet.cells.delete(key);
          }
        }
        if (what === "All" || what === "Formats") {
          assertFormattable(sheet, "allowFormatCells");
          wb.addFormat(sheet, rect, "numberFormat", "General");
          sheet.formats = sheet.formats.filter((l) => !(l.rect.top >= rect.top && l.rect.bottom <= rect.bottom && l.rect.left >= rect.left && l.rect.right <= rect.right));
        }
      },
      getCell: (ref, [row, col], wb) => {
        const r = ref.rect!;
        return rangeRef(rangeParts(ref, wb).sheet, { top: r.top + Number(row), left: r.left + Number(col), bottom: r.top + Number(row), right: r.left + Number(col) });
      },
      getBoundingRect: (ref, [other], wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        const o = typeof other === "string" ? parseRange(other) : (other as Ref).rect;
        if (!o) throw invalidArgument();
        return rangeRef(sheet, { top: Math.min(rect.top, o.top), left: Math.min(rect.left, o.left), bottom: Math.max(rect.bottom, o.bottom), right: Math.max(rect.right, o.right) });
      },
      // ExcelApi 1.4: the cells both ranges cover, or a null object when they share none.
      getIntersectionOrNullObject: (ref, [other], wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        const o = typeof other === "string" ? resolveRangeArgument(sheet, other).rect : (other as Ref).rect;
        if (!o) throw invalidArgument();
        const cut = { top: Math.max(rect.top, o.top), left: Math.max(rect.left, o.left), bottom: Math.min(rect.bottom, o.bottom), right: Math.min(rect.right, o.right) };
        return cut.top > cut.bottom || cut.left > cut.right ? NULL_REF : rangeRef(sheet, cut);
      },
      // Zero-based offsets from the range's first row/column, keeping the other dimension; office.js
      // itself uses getRow to cut writes of more than 1,500 cells into row bands (setRangePropertiesInBulk).
      getRow: (ref, [row], wb) => {
        const r = ref.rect!;
        const top = r.top + offsetArgument(row);
        if (top > MAX_ROWS) throw invalidArgument();
        return rangeRef(rangeParts(ref, wb).sheet, { ...r, top, bottom: top });
      },
      getColumn: (ref, [column], wb) => {
        const r = ref.rect!;
        const left = r.left + offsetArgument(column);
        if (left > MAX_COLUMNS) throw invalidArgument();
        return rangeRef(rangeParts(ref, wb).sheet, { ...r, left, right: left });
      },
      // Sent by office.js before a banded write: the whole input array must match the range, or the
      // batch fails with the same InvalidArgument as an unbanded write of the wrong size.
      _ValidateArraySize: (ref, [rows, columns]) => {
        if (Number(rows) !== rectRows(ref.rect!) || Number(columns) !== rectColumns(ref.rect!)) {
          throw new EmulatedExcelError("InvalidArgument", MESSAGES.sizeMismatch);
        }
      },
      getResizedRange: (ref, [dr, dc], wb) => {
        const r = ref.rect!;
        return rangeRef(rangeParts(ref, wb).sheet, { ...r, bottom: r.bottom + Number(dr), right: r.right + Number(dc) });
      },
      getEntireColumn: (ref, _args, wb) => rangeRef(rangeParts(ref, wb).sheet, { ...ref.rect!, top: 1, bottom: 1_048_576 }),
      getEntireRow: (ref, _args, wb) => rangeRef(rangeParts(ref, wb).sheet, { ...ref.rect!, left: 1, right: 16_384 }),
    },
  });

  defineType("RangeFormat", {
    navigation: {
      font: (ref) => ({ ...ref, type: "RangeFont" }),
      fill: (ref) => ({ ...ref, type: "RangeFill" }),
      borders: (ref) => ({ ...ref, type: "RangeBorderCollection" }),
      protection: (ref) => ({ ...ref, type: "FormatProtection" }),
    },
    properties: {
      horizontalAlignment: formatProperty("horizontalAlignment", (f) => f.horizontalAlignment ?? "General"),
      verticalAlignment: formatProperty("verticalAlignment", (f) => f.verticalAlignment ?? "Bottom"),
      wrapText: formatProperty("wrapText", (f) => f.wrapText ?? false),
      indentLevel: formatProperty("indentLevel", (f) => f.indentLevel ?? 0),
      columnWidth: {
        get: (ref, wb) => rangeParts(ref, wb).sheet.columnWidths.get(ref.rect!.left) ?? DEFAULT_COLUMN_WIDTH,
        set: (ref, value, wb) => {
          const { sheet, rect } = rangeParts(ref, wb);
          assertFormattable(sheet, "allowFormatColumns");
          if (typeof value !== "number" || value < 0) throw invalidArgument();
          for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, value);
        },
      },
      rowHeight: {
        get: (ref, wb) => rangeParts(ref, wb).sheet.rowHeights.get(ref.rect!.top) ?? DEFAULT_ROW_HEIGHT,
        set: (ref, value, wb) => {
          const { sheet, rect } = rangeParts(ref, wb);
          assertFormattable(sheet, "allowFormatRows");
          // Excel's maximum row height is 409 points.
          if (typeof value !== "number" || value < 0 || value > 409) throw invalidArgument();
          for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, value);
        },
      },
    },
    methods: {
      autofitColumns: () => undefined,
      autofitRows: () => undefined,
    },
  });

  defineType("RangeFont", {
    properties: {
      name: formatProperty("font.name", (f) => f.font.name ?? "Calibri"),
      size: formatProperty("font.size", (f) => f.font.size ?? 11),
      bold: formatProperty("font.bold", (f) => f.font.bold ?? false),
      italic: formatProperty("font.italic", (f) => f.font.italic ?? false),
      underline: formatProperty("font.underline", (f) => f.font.underline ?? "None"),
      strikethrough: formatProperty("font.strikethrough", (f) => (f.font as Record<string, unknown>).strikethrough ?? false),
      color: formatProperty("font.color", (f) => f.font.color ?? "#000000"),
    },
  });

  defineType("RangeFill", {
    properties: { color: formatProperty("fill.color", (f) => f.fill ?? "#FFFFFF") },
    methods: {
      clear: (ref, _args, wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        assertFormattable(sheet, "allowFormatCells");
        wb.addFormat(sheet, rect, "fill.color", null);
      },
    },
  });

  defineType("RangeBorderCollection", {
    indexer: (ref, [edge]) => {
      if (!EDGES[String(edge)]) throw invalidArgument();
      return { ...ref, type: "RangeBorder", key: String(edge) };
    },
    methods: {
      getItem: (ref, [edge]) => {
        if (!EDGES[String(edge)]) throw invalidArgument();
        return { ...ref, type: "RangeBorder", key: String(edge) };
      },
    },
  });

  defineType("RangeBorder", {
    properties: { style: borderProperty("style"), weight: borderProperty("weight"), color: borderProperty("color"), sideIndex: { get: (ref) => ref.key } },
  });

  defineType("FormatProtection", {
    properties: {
      // Changing the Locked flag is itself refused on a protected sheet.
      locked: formatProperty("locked", (f) => f.locked),
      formulaHidden: formatProperty("formulaHidden", (f) => (f as unknown as Record<string, unknown>).formulaHidden ?? false),
    },
  });

  defineType("DataValidation", {
    properties: {
      rule: {
        get: (ref, wb) => validationAt(rangeParts(ref, wb).sheet, ref.rect!).rule,
        set: (ref, value, wb) => {
          const { sheet, rect } = rangeParts(ref, wb);
          assertFormattable(sheet);
          // A rule over cells that already have another validation fails (InvalidArgument, as
          // OfficeDev/office-js#2594 shows): the range must be cleared first.
          if (sheet.validations.some((v) => rectsOverlap(v.rect, rect) && !sameRect(v.rect, rect) && Object.keys(v.rule).length > 0)) throw invalidArgument();
          validationAt(sheet, rect).rule = checkRule(value);
        },
      },
      ignoreBlanks: {
        get: (ref, wb) => validationAt(rangeParts(ref, wb).sheet, ref.rect!).ignoreBlanks,
        set: (ref, value, wb) => {
          validationAt(rangeParts(ref, wb).sheet, ref.rect!).ignoreBlanks = Boolean(value);
        },
      },
      prompt: {
        get: (ref, wb) => validationAt(rangeParts(ref, wb).sheet, ref.rect!).prompt,
        set: (ref, value, wb) => {
          validationAt(rangeParts(ref, wb).sheet, ref.rect!).prompt = value as Record<string, unknown>;
        },
      },
      errorAlert: {
        get: (ref, wb) => validationAt(rangeParts(ref, wb).sheet, ref.rect!).errorAlert,
        set: (ref, value, wb) => {
          validationAt(rangeParts(ref, wb).sheet, ref.rect!).errorAlert = value as Record<string, unknown>;
        },
      },
      type: {
        get: (ref, wb) => {
          const rule = rangeParts(ref, wb).sheet.validations.find((v) => rectsOverlap(v.rect, ref.rect!))?.rule ?? {};
          return Object.keys(rule)[0] ?? "None";
        },
      },
    },
    methods: {
      clear: (ref, _args, wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        assertFormattable(sheet);
        // "If the two ranges aren't an exact match, only overlapping cells are cleared" (Microsoft,
        // "Add data validation to Excel ranges").
        sheet.validations = sheet.validations.flatMap((v) => subtractRect(v.rect, rect).map((piece) => ({ ...v, rect: piece })));
      },
    },
  });
}
