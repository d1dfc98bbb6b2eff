/**
 * The very hidden `_meta` sheet: the tracker's stable keys, one record per row
 * (kind in column A, fields after it). Very hidden so users do not stumble on it (it cannot be
 * unhidden from Excel's UI); everything a user edits lives in visible sheets instead.
 */
import type { Measure, PlanSettings, TaskCode, UnitCode } from "../../domain/types";
import type { CellBlock, CellContent, SheetContent, SheetSpec } from "../sheet-spec";
import type { CellValue } from "../workbook-host";
import { blank, num, text } from "./cells";
import { META_SHEET, SCHEMA_VERSION } from "./geometry";
import { isBlank } from "./sheet-grid";

export interface MetaUnit {
  code: UnitCode;
  sheet: string;
  table: string;
}

export interface TrackerMeta {
  schemaVersion: number;
  planId: string;
  /** Settings as last written (the visible settings block wins when it is readable). */
  settings: PlanSettings;
  measures: Measure[];
  /** Every task the tracker knows, removed ones too, in plan order. */
  tasks: TaskCode[];
  units: MetaUnit[];
  /** The unit sheets' columns as built: key and header (to find moved columns). */
  columns: Array<{ key: string; header: string }>;
  overviewKey: string | null;
  namesKey: string | null;
  /** Fingerprint of the helper block (H1 onwards), so a change of its formulas rewrites it. */
  helpersKey: string | null;
}

/** Records use columns A–F; the helper block starts at H, so padding never touches it. */
export const META_RECORD_WIDTH = 6;

function records(meta: TrackerMeta): Array<Array<string | number | boolean>> {
  return [
    ["schema", SCHEMA_VERSION],
    ["plan", meta.planId],
    ["setting", "dueSoonDays", meta.settings.dueSoonDays],
    ["setting", "workingDays", meta.settings.workingDays ? 1 : 0],
    ["setting", "shiftDeadlineToWorkingDay", meta.settings.shiftDeadlineToWorkingDay ? 1 : 0],
    ...meta.measures.map((m) => ["measure", m.key, m.label, m.kind]),
    ...meta.tasks.map((code) => ["task", code]),
    ...meta.units.map((u) => ["unit", u.code, u.sheet, u.table]),
    ...meta.columns.map((c) => ["column", c.key, c.header]),
    ["overview", meta.overviewKey ?? ""],
    ["names", meta.namesKey ?? ""],
    ["helpers", meta.helpersKey ?? ""],
  ];
}

const toCell = (v: string | number | boolean): CellContent => (typeof v === "number" ? num(v) : text(String(v)));

/** The records as a block at A1, padded with blank rows down to `previousRows` (so a shorter rewrite leaves nothing stale). */
export function metaBlock(meta: TrackerMeta, previousRows = 0): CellContent[][] {
  const rows = records(meta);
  const width = META_RECORD_WIDTH;
  const height = Math.max(rows.length, previousRows);
  const block: CellContent[][] = [];
  for (let i = 0; i < height; i++) {
    const r = rows[i] ?? [];
    block.push(Array.from({ length: width }, (_, j) => (j < r.length ? toCell(r[j]) : blank)));
  }
  return block;
}

export function metaSheet(meta: TrackerMeta, helpers: CellBlock): SheetSpec {
  return { name: META_SHEET, cells: [{ at: "A1", rows: metaBlock(meta) }, helpers], visibility: "veryHidden" };
}

/**
 * A new _meta as it stands until the end of the change that makes it: the units whose sheets
 * exist already, no fingerprints. `_meta` vouches for what the change makes after it, so the
 * change writes the full record last (metaPatch over `rows`): cut short, _meta still says only
 * what is there, and the next build redoes the rest.
 */
export function provisionalMetaSheet(meta: TrackerMeta, helpers: CellBlock, built: ReadonlySet<string>): { sheet: SheetSpec; rows: number } {
  const sheet = metaSheet({ ...meta, units: meta.units.filter((u) => built.has(u.code)), overviewKey: null, namesKey: null, helpersKey: null }, helpers);
  return { sheet, rows: sheet.cells?.[0].rows.length ?? 0 };
}

export function metaPatch(meta: TrackerMeta, helpers: CellBlock, previousRows: number): SheetContent {
  return { cells: [{ at: "A1", rows: metaBlock(meta, previousRows) }, helpers], visibility: "veryHidden" };
}

const str = (v: CellValue | undefined): string => (isBlank(v ?? null) ? "" : String(v).normalize("NFC"));

/** What _meta says before the tracker is built: nothing (schema 0). */
export function emptyMeta(): TrackerMeta {
  return {
    schemaVersion: 0,
    planId: "",
    settings: { dueSoonDays: 7, workingDays: false, shiftDeadlineToWorkingDay: false },
    measures: [],
    tasks: [],
    units: [],
    columns: [],
    overviewKey: null,
    namesKey: null,
    helpersKey: null,
  };
}

/** Parses `_meta` values (from A1); null when the sheet holds no schema record. */
export function parseMeta(values: CellValue[][]): TrackerMeta | null {
  const meta = emptyMeta();
  for (const row of values) {
    const [kind, a, b, c] = [str(row[0]), row[1], row[2], row[3]];
    switch (kind) {
      case "schema":
        meta.schemaVersion = Number(a) || 0;
        break;
      case "plan":
        meta.planId = str(a);
        break;
      case "setting":
        if (str(a) === "dueSoonDays" && typeof b === "number") meta.settings.dueSoonDays = b;
        if (str(a) === "workingDays") meta.settings.workingDays = Number(b) === 1;
        if (str(a) === "shiftDeadlineToWorkingDay") meta.settings.shiftDeadlineToWorkingDay = Number(b) === 1;
        break;
      case "measure":
        if (str(a) !== "") meta.measures.push({ key: str(a), label: str(b), kind: str(c) === "number" ? "number" : "text" });
        break;
      case "task":
        if (str(a) !== "") meta.tasks.push(str(a) as TaskCode);
        break;
      case "unit":
        if (str(a) !== "") meta.units.push({ code: str(a) as UnitCode, sheet: str(b), table: str(c) });
        break;
      case "column":
        if (str(a) !== "") meta.columns.push({ key: str(a), header: str(b) });
        break;
      case "overview":
        meta.overviewKey = str(a) || null;
        break;
      case "names":
        meta.namesKey = str(a) || null;
        break;
      case "helpers":
        meta.helpersKey = str(a) || null;
        break;
    }
  }
  return meta.schemaVersion > 0 ? meta : null;
}
