/**
 * Workbook, worksheets and workbook-level collections (tables, defined names) of the emulated
 * Excel. Rules follow Excel's documented behaviour for each member (@types/office-js comments).
 */
import { parseRange } from "../../../../src/layout/excel-rules";
import { EmulatedExcelError, MESSAGES, accessDenied, invalidArgument, itemAlreadyExists, itemNotFound } from "../excel-errors";
import { NULL_REF, type Ref, defineType, field } from "../object-model";
import { checkSheetName } from "../sheet-name-rules";
import type { EmuHeaderFooterPage, EmuSheet, EmuTable, EmulatedWorkbook } from "../workbook-model";
import { rangeRef, resolveRangeArgument } from "./range-ref";

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

export const sheetRef = (sheet: EmuSheet): Ref => ({ type: "Worksheet", sheetId: sheet.id });
export const sheetOf = (ref: Ref, wb: EmulatedWorkbook): EmuSheet => wb.sheet(ref.sheetId ?? "");

function tableOf(ref: Ref, wb: EmulatedWorkbook): EmuTable {
  const table = wb.tables.find((t) => t.id === ref.key);
  if (!table) throw itemNotFound();
  return table;
}

function findTable(wb: EmulatedWorkbook, key: unknown, sheetId?: string): EmuTable | undefined {
  const text = String(key).toUpperCase();
  return wb.tables.find((t) => (sheetId === undefined || t.sheetId === sheetId) && (t.id === key || t.name.toUpperCase() === text));
}

/** Excel's table names: letter, underscore or backslash first; letters, digits, "_" and "." after; not a cell reference. */
function isValidTableName(name: string): boolean {
  return /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) && name.length <= 255 && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name);
}

function insertPosition(wb: EmulatedWorkbook, positionType: unknown, relativeTo: unknown): number {
  const relative = relativeTo ? wb.sheet(String((relativeTo as Ref).sheetId ?? relativeTo)) : null;
  switch (positionType ?? "None") {
    case "Beginning":
      return 0;
    case "End":
      return wb.sheets.length;
    case "Before":
      if (!relative) throw invalidArgument();
      return wb.sheets.indexOf(relative);
    case "After":
      if (!relative) throw invalidArgument();
      return wb.sheets.indexOf(relative) + 1;
    // Worksheet.copy's reference: "None", the default, "inserts the worksheet at the beginning".
    case "None":
      return 0;
    default:
      throw invalidArgument();
  }
}

export function registerWorkbookTypes(): void {
  defineType("Workbook", {
    navigation: {
      worksheets: () => ({ type: "WorksheetCollection" }),
      tables: () => ({ type: "TableCollection" }),
      names: () => ({ type: "NamedItemCollection" }),
      application: () => ({ type: "Application" }),
    },
    properties: { name: { get: () => "Book1.xlsx" } },
    methods: {
      getActiveCell: (_ref, _args, wb) =>
        wb.selection && wb.selection.sheetId === wb.activeSheetId
          ? rangeRef(wb.sheet(wb.selection.sheetId), { top: wb.selection.rect.top, left: wb.selection.rect.left, bottom: wb.selection.rect.top, right: wb.selection.rect.left })
          : rangeRef(wb.sheet(wb.activeSheetId ?? ""), { top: 1, left: 1, bottom: 1, right: 1 }),
    },
  });

  defineType("Application", {
    properties: { calculationMode: { get: () => "Automatic" } },
    methods: {
      calculate: () => undefined,
      suspendApiCalculationUntilNextSync: () => undefined,
      // Application.createWorkbook (ExcelApi 1.8): the file is kept for the test to inspect.
      createWorkbook: (_ref, [base64], wb) => {
        if (base64 !== undefined && base64 !== null && (typeof base64 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))) throw invalidArgument();
        wb.createdWorkbooks.push({ base64: String(base64 ?? ""), opened: false });
        return { type: "WorkbookCreated", index: wb.createdWorkbooks.length - 1 };
      },
    },
  });
  defineType("WorkbookCreated", {
    methods: {
      open: (ref, _args, wb) => {
        wb.createdWorkbooks[ref.index as number].opened = true;
      },
    },
  });

  defineType("WorksheetCollection", {
    indexer: (_ref, [key], wb) => sheetRef(wb.sheet(String(key))),
    items: (_ref, wb) => wb.sheets.map(sheetRef),
    methods: {
      getItem: (_ref, [key], wb) => sheetRef(wb.sheet(String(key))),
      getItemOrNullObject: (_ref, [key], wb) => {
        const sheet = wb.findSheet(String(key));
        return sheet ? sheetRef(sheet) : NULL_REF;
      },
      add: (_ref, [name], wb) => sheetRef(wb.addSheet(name === undefined || name === null ? wb.nextSheetName() : String(name))),
      getActiveWorksheet: (_ref, _args, wb) => sheetRef(wb.sheet(wb.activeSheetId ?? "")),
      getCount: (_ref, [visibleOnly], wb) => wb.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    },
  });

  defineType("Worksheet", {
    id: (ref) => ref.sheetId ?? "",
    navigation: {
      protection: (ref) => ({ type: "WorksheetProtection", sheetId: ref.sheetId }),
      freezePanes: (ref) => ({ type: "WorksheetFreezePanes", sheetId: ref.sheetId }),
      pageLayout: (ref) => ({ type: "PageLayout", sheetId: ref.sheetId }),
      horizontalPageBreaks: (ref) => ({ type: "PageBreakCollection", sheetId: ref.sheetId }),
      tables: (ref) => ({ type: "TableCollection", sheetId: ref.sheetId }),
      charts: (ref) => ({ type: "ChartCollection", sheetId: ref.sheetId }),
      names: (ref) => ({ type: "NamedItemCollection", sheetId: ref.sheetId }),
    },
    properties: {
      id: { get: (ref) => ref.sheetId },
      name: {
        get: (ref, wb) => sheetOf(ref, wb).name,
        set: (ref, value, wb) => {
          const sheet = sheetOf(ref, wb);
          const name = String(value);
          if (name === sheet.name) return;
          checkSheetName(name, wb.sheets.filter((s) => s !== sheet).map((s) => s.name));
          wb.renameSheet(sheet, name);
        },
      },
      position: {
        get: (ref, wb) => wb.sheets.indexOf(sheetOf(ref, wb)),
        set: (ref, value, wb) => {
          if (typeof value !== "number" || value < 0 || value >= wb.sheets.length) throw invalidArgument();
          wb.moveSheet(sheetOf(ref, wb), value);
        },
      },
      visibility: {
        get: (ref, wb) => sheetOf(ref, wb).visibility,
        set: (ref, value, wb) => {
          const sheet = sheetOf(ref, wb);
          if (!VISIBILITIES.includes(String(value))) throw invalidArgument();
          // Excel keeps at least one sheet visible (its "a workbook must contain at least one visible worksheet" rule).
          if (value !== "Visible" && wb.sheets.every((s) => s === sheet || s.visibility !== "Visible")) throw new EmulatedExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
          sheet.visibility = value as EmuSheet["visibility"];
        },
      },
      tabColor: {
        get: (ref, wb) => sheetOf(ref, wb).tabColor ?? "",
        set: (ref, value, wb) => {
          sheetOf(ref, wb).tabColor = value === "" || value === null ? null : String(value);
        },
      },
    },
    methods: {
      getRange: (ref, [address], wb) => resolveRangeArgument(sheetOf(ref, wb), address),
      getRangeByIndexes: (ref, [row, col, rows, cols], wb) =>
        rangeRef(sheetOf(ref, wb), { top: Number(row) + 1, left: Number(col) + 1, bottom: Number(row) + Number(rows), right: Number(col) + Number(cols) }),
      getUsedRange: (ref, _args, wb) => {
        const sheet = sheetOf(ref, wb);
        return rangeRef(sheet, wb.usedRect(sheet) ?? { top: 1, left: 1, bottom: 1, right: 1 });
      },
      getUsedRangeOrNullObject: (ref, _args, wb) => {
        const sheet = sheetOf(ref, wb);
        const used = wb.usedRect(sheet);
        return used ? rangeRef(sheet, used) : NULL_REF;
      },
      getCell: (ref, [row, col], wb) => rangeRef(sheetOf(ref, wb), { top: Number(row) + 1, left: Number(col) + 1, bottom: Number(row) + 1, right: Number(col) + 1 }),
      copy: (ref, [positionType, relativeTo], wb) => {
        const source = sheetOf(ref, wb);
        return sheetRef(wb.copySheet(source, insertPosition(wb, positionType, relativeTo)));
      },
      // Path the client uses to re-find a copy by its id in later requests.
      _GetAnotherWorksheetById: (_ref, [id], wb) => sheetRef(wb.sheet(String(id))),
      delete: (ref, _args, wb) => {
        const sheet = sheetOf(ref, wb);
        // Worksheet.delete's reference: a very hidden sheet fails with InvalidOperation.
        if (sheet.visibility === "VeryHidden") throw new EmulatedExcelError("InvalidOperation", MESSAGES.veryHiddenDelete);
        if (wb.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
          throw new EmulatedExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        }
        wb.deleteSheet(sheet);
      },
      activate: (ref, _args, wb) => {
        const sheet = sheetOf(ref, wb);
        if (sheet.visibility !== "Visible") throw new EmulatedExcelError("InvalidOperation", "A hidden worksheet cannot be activated.");
        wb.activeSheetId = sheet.id;
      },
    },
  });

  defineType("WorksheetProtection", {
    properties: {
      protected: { get: (ref, wb) => sheetOf(ref, wb).protection.protected },
      options: { get: (ref, wb) => ({ ...sheetOf(ref, wb).protection.options }) },
    },
    methods: {
      protect: (ref, [options, password], wb) => {
        const sheet = sheetOf(ref, wb);
        // Protecting an already protected sheet is refused by Excel (InvalidOperation in the docs of protect()).
        if (sheet.protection.protected) throw new EmulatedExcelError("InvalidOperation", "The worksheet is already protected.");
        sheet.protection = { protected: true, options: { ...((options as Record<string, boolean> | null) ?? {}) } };
        if (password) (sheet.protection.options as Record<string, unknown>).__password = true;
      },
      unprotect: (ref, [password], wb) => {
        const sheet = sheetOf(ref, wb);
        // A user's password: Excel lifts the protection only when given it.
        if (sheet.protection.protected && (sheet.protection.options as Record<string, unknown>).__password && !password) {
          throw new EmulatedExcelError("InvalidArgument", MESSAGES.wrongPassword);
        }
        sheet.protection = { protected: false, options: {} };
      },
    },
  });

  defineType("WorksheetFreezePanes", {
    methods: {
      freezeRows: (ref, [count], wb) => {
        sheetOf(ref, wb).freeze = { rows: Number(count ?? 1), columns: 0 };
      },
      freezeColumns: (ref, [count], wb) => {
        sheetOf(ref, wb).freeze = { rows: 0, columns: Number(count ?? 1) };
      },
      freezeAt: (ref, [frozen], wb) => {
        const sheet = sheetOf(ref, wb);
        const rect = typeof frozen === "string" ? parseRange(frozen) : (frozen as Ref).rect;
        if (!rect || rect.top !== 1 || rect.left !== 1) throw invalidArgument();
        sheet.freeze = { rows: rect.bottom, columns: rect.right };
      },
      unfreeze: (ref, _args, wb) => {
        sheetOf(ref, wb).freeze = null;
      },
      getLocationOrNullObject: (ref, _args, wb) => {
        const sheet = sheetOf(ref, wb);
        if (!sheet.freeze) return NULL_REF;
        return rangeRef(sheet, { top: 1, left: 1, bottom: Math.max(1, sheet.freeze.rows), right: Math.max(1, sheet.freeze.columns) });
      },
    },
  });

  const layout = (ref: Ref, wb: EmulatedWorkbook) => sheetOf(ref, wb).pageLayout;
  defineType("PageLayout", {
    navigation: {
      headersFooters: (ref) => ({ type: "HeaderFooterGroup", sheetId: ref.sheetId }),
    },
    properties: {
      orientation: field(layout, "orientation"),
      paperSize: field(layout, "paperSize"),
      centerHorizontally: field(layout, "centerHorizontally"),
      leftMargin: field(layout, "leftMargin"),
      rightMargin: field(layout, "rightMargin"),
      topMargin: field(layout, "topMargin"),
      bottomMargin: field(layout, "bottomMargin"),
      headerMargin: field(layout, "headerMargin"),
      footerMargin: field(layout, "footerMargin"),
      zoom: {
        get: (ref, wb) => ({ ...layout(ref, wb).zoom }),
        set: (ref, value, wb) => {
          layout(ref, wb).zoom = { ...(value as EmuSheetZoom) };
        },
      },
    },
    methods: {
      setPrintTitleRows: (ref, [rows], wb) => {
        layout(ref, wb).printTitleRows = rows === null ? null : String(rows);
      },
      setPrintArea: (ref, [area], wb) => {
        layout(ref, wb).printArea = typeof area === "string" ? area : ((area as Ref | null)?.rect ? wb.address(sheetOf(ref, wb), (area as Ref).rect!) : null);
      },
    },
  });

  defineType("PageBreakCollection", {
    methods: {
      add: (ref, [at], wb) => {
        const sheet = sheetOf(ref, wb);
        const rect = typeof at === "string" ? parseRange(at) : ((at as Ref | null)?.rect ?? null);
        if (!rect) throw invalidArgument();
        if (!sheet.pageLayout.rowBreaks.includes(rect.top)) sheet.pageLayout.rowBreaks.push(rect.top);
        return { type: "PageBreak", sheetId: sheet.id, index: rect.top };
      },
      getCount: (ref, _args, wb) => sheetOf(ref, wb).pageLayout.rowBreaks.length,
      removePageBreaks: (ref, _args, wb) => {
        sheetOf(ref, wb).pageLayout.rowBreaks = [];
      },
    },
  });
  defineType("PageBreak", { properties: { rowIndex: { get: (ref) => ref.index } } });

  const group = (ref: Ref, wb: EmulatedWorkbook) => layout(ref, wb).headersFooters;
  const HEADER_FOOTER_STATES = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"];
  defineType("HeaderFooterGroup", {
    navigation: Object.fromEntries(
      (["defaultForAllPages", "firstPage", "evenPages", "oddPages"] as const).map((page) => [page, (ref: Ref) => ({ type: "HeaderFooter", sheetId: ref.sheetId, key: page })]),
    ),
    properties: {
      state: {
        get: (ref, wb) => group(ref, wb).state,
        set: (ref, value, wb) => {
          if (!HEADER_FOOTER_STATES.includes(String(value))) throw invalidArgument();
          group(ref, wb).state = String(value);
        },
      },
    },
  });
  const PARTS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
  const page = (ref: Ref, wb: EmulatedWorkbook) => group(ref, wb).pages[ref.key as EmuHeaderFooterPage];
  defineType("HeaderFooter", {
    properties: Object.fromEntries(
      PARTS.map((part) => [
        part,
        {
          get: (ref: Ref, wb: EmulatedWorkbook) => page(ref, wb)[part] ?? "",
          set: (ref: Ref, value: unknown, wb: EmulatedWorkbook) => {
            page(ref, wb)[part] = String(value);
          },
        },
      ]),
    ),
  });

  defineType("TableCollection", {
    indexer: (ref, [key], wb) => {
      const table = findTable(wb, key, ref.sheetId);
      if (!table) throw itemNotFound();
      return { type: "Table", key: table.id };
    },
    items: (ref, wb) => wb.tables.filter((t) => ref.sheetId === undefined || t.sheetId === ref.sheetId).map((t) => ({ type: "Table", key: t.id })),
    methods: {
      getItemAt: (ref, [index], wb) => {
        const table = wb.tables.filter((t) => ref.sheetId === undefined || t.sheetId === ref.sheetId)[Number(index)];
        if (!table) throw itemNotFound();
        return { type: "Table", key: table.id };
      },
      getItemOrNullObject: (ref, [key], wb) => {
        const table = findTable(wb, key, ref.sheetId);
        return table ? { type: "Table", key: table.id } : NULL_REF;
      },
      getCount: (ref, _args, wb) => wb.tables.filter((t) => ref.sheetId === undefined || t.sheetId === ref.sheetId).length,
      add: (ref, [address, hasHeaders], wb) => {
        const target = typeof address === "string" && address.includes("!") ? address : null;
        const sheet = target ? wb.sheet(target.slice(0, target.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'")) : wb.sheet(ref.sheetId ?? "");
        const rect = parseRange(target ? target.slice(target.lastIndexOf("!") + 1) : String(address));
        if (!rect) throw invalidArgument();
        if (sheet.protection.protected) throw accessDenied();
        // Excel's error table, MergedRangeConflict: a table can't overlap another table or merged cells.
        if (wb.tables.some((t) => t.sheetId === sheet.id && rectsOverlap(t.rect, rect)) || sheet.merges.some((m) => rectsOverlap(m, rect))) {
          throw new EmulatedExcelError("MergedRangeConflict", MESSAGES.mergedRangeConflict);
        }
        let n = wb.tables.length + 1;
        while (wb.tableNameTaken(`Table${n}`)) n++;
        const table: EmuTable = { id: wb.newId("T"), name: `Table${n}`, sheetId: sheet.id, rect, style: "TableStyleMedium2", showFilterButton: true, showHeaders: hasHeaders !== false };
        wb.tables.push(table);
        return { type: "Table", key: table.id };
      },
    },
  });

  defineType("Table", {
    id: (ref) => ref.key ?? "",
    navigation: { worksheet: (ref, wb) => ({ type: "Worksheet", sheetId: tableOf(ref, wb).sheetId }) },
    properties: {
      id: { get: (ref) => ref.key },
      name: {
        get: (ref, wb) => tableOf(ref, wb).name,
        set: (ref, value, wb) => {
          const table = tableOf(ref, wb);
          const name = String(value);
          if (!isValidTableName(name)) throw invalidArgument();
          if (wb.tableNameTaken(name, table)) throw itemAlreadyExists();
          table.name = name;
        },
      },
      style: field(tableOf, "style"),
      showFilterButton: field(tableOf, "showFilterButton"),
      showHeaders: field(tableOf, "showHeaders"),
    },
    methods: {
      getRange: (ref, _args, wb) => {
        const table = tableOf(ref, wb);
        return rangeRef(wb.sheet(table.sheetId), table.rect);
      },
      convertToRange: (ref, _args, wb) => {
        const table = tableOf(ref, wb);
        wb.tables = wb.tables.filter((t) => t !== table);
        return rangeRef(wb.sheet(table.sheetId), table.rect);
      },
      delete: (ref, _args, wb) => {
        const table = tableOf(ref, wb);
        wb.tables = wb.tables.filter((t) => t !== table);
      },
    },
  });

  const nameOf = (ref: Ref, wb: EmulatedWorkbook) => {
    const item = wb.names.find((n) => n.name.toUpperCase() === String(ref.key).toUpperCase());
    if (!item) throw itemNotFound();
    return item;
  };
  defineType("NamedItemCollection", {
    indexer: (_ref, [key], wb) => ({ type: "NamedItem", key: nameOf({ type: "NamedItem", key: String(key) }, wb).name }),
    items: (_ref, wb) => wb.names.map((n) => ({ type: "NamedItem", key: n.name })),
    methods: {
      getItemAt: (_ref, [index], wb) => {
        const item = wb.names[Number(index)];
        if (!item) throw itemNotFound();
        return { type: "NamedItem", key: item.name };
      },
      getItemOrNullObject: (_ref, [key], wb) => {
        const item = wb.names.find((n) => n.name.toUpperCase() === String(key).toUpperCase());
        return item ? { type: "NamedItem", key: item.name } : NULL_REF;
      },
      add: (_ref, [name, reference, comment], wb) => {
        const text = String(name);
        // Defined names: letter, "_" or "\" first, no spaces, not a cell reference (Excel's "Define Name" rules).
        if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(text) || /^[A-Za-z]{1,3}\d+$/.test(text) || text.length > 255) throw invalidArgument();
        if (wb.names.some((n) => n.name.toUpperCase() === text.toUpperCase()) || wb.tables.some((t) => t.name.toUpperCase() === text.toUpperCase())) throw itemAlreadyExists();
        const formula = typeof reference === "string" ? (reference.startsWith("=") ? reference : `=${reference}`) : `=${wb.address(wb.sheet((reference as Ref).sheetId ?? ""), (reference as Ref).rect!)}`;
        wb.names.push({ name: text, formula, comment: comment ? String(comment) : "", visible: true });
        return { type: "NamedItem", key: text };
      },
    },
  });

  defineType("NamedItem", {
    properties: {
      name: { get: (ref, wb) => nameOf(ref, wb).name },
      formula: field(nameOf, "formula"),
      comment: field(nameOf, "comment"),
      visible: field(nameOf, "visible"),
      type: { get: () => "Range" },
    },
    methods: {
      delete: (ref, _args, wb) => {
        const item = nameOf(ref, wb);
        wb.names = wb.names.filter((n) => n !== item);
      },
    },
  });
}

type EmuSheetZoom = EmuSheet["pageLayout"]["zoom"];

function rectsOverlap(a: { top: number; bottom: number; left: number; right: number }, b: typeof a): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
