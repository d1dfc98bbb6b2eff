/** Conditional formats (ExcelApi 1.6) and charts of the emulated Excel. */
import { invalidArgument, itemNotFound } from "../excel-errors";
import { NULL_REF, type Ref, defineType } from "../object-model";
import { type EmuChart, type EmuConditionalFormat, type EmulatedWorkbook, rectsOverlap } from "../workbook-model";
import { assertFormattable, rangeParts, rangeRef } from "./range-ref";
import { rectColumns, rectRows } from "../../../../src/layout/excel-rules";

const CF_TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];
const CHART_TYPES = ["BarClustered", "ColumnClustered", "Pie", "Line", "BarStacked", "ColumnStacked"];

function cfOf(ref: Ref, wb: EmulatedWorkbook): EmuConditionalFormat {
  const cf = wb.sheet(ref.sheetId ?? "").conditionalFormats.find((c) => c.id === ref.key);
  if (!cf) throw itemNotFound();
  return cf;
}

function chartOf(ref: Ref, wb: EmulatedWorkbook): EmuChart {
  const chart = wb.sheet(ref.sheetId ?? "").charts.find((c) => c.id === ref.key);
  if (!chart) throw itemNotFound();
  return chart;
}

const cfField = (key: keyof EmuConditionalFormat["format"]) => ({
  get: (ref: Ref, wb: EmulatedWorkbook) => cfOf(ref, wb).format[key] ?? null,
  set: (ref: Ref, value: unknown, wb: EmulatedWorkbook) => {
    (cfOf(ref, wb).format as Record<string, unknown>)[key] = value;
  },
});

const cfRefFor = (ref: Ref, cf: EmuConditionalFormat): Ref => ({ type: "ConditionalFormat", sheetId: ref.sheetId, key: cf.id });

export function registerConditionalFormatAndChartTypes(): void {
  defineType("ConditionalFormatCollection", {
    items: (ref, wb) => {
      const { sheet, rect } = rangeParts(ref, wb);
      return sheet.conditionalFormats.filter((c) => rectsOverlap(c.rect, rect)).map((c) => cfRefFor(ref, c));
    },
    indexer: (ref, [id], wb) => {
      const cf = rangeParts(ref, wb).sheet.conditionalFormats.find((c) => c.id === id);
      if (!cf) throw itemNotFound();
      return cfRefFor(ref, cf);
    },
    methods: {
      add: (ref, [type], wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        assertFormattable(sheet);
        if (!CF_TYPES.includes(String(type))) throw invalidArgument();
        const cf: EmuConditionalFormat = { id: wb.newId("C"), rect, type: String(type), formula: null, format: {}, stopIfTrue: false };
        // A new rule gets the top priority (Excel's ConditionalFormatCollection.add docs).
        sheet.conditionalFormats.unshift(cf);
        return cfRefFor(ref, cf);
      },
      getCount: (ref, _args, wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        return sheet.conditionalFormats.filter((c) => rectsOverlap(c.rect, rect)).length;
      },
      getItemAt: (ref, [index], wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        const cf = sheet.conditionalFormats.filter((c) => rectsOverlap(c.rect, rect))[Number(index)];
        if (!cf) throw itemNotFound();
        return cfRefFor(ref, cf);
      },
      clearAll: (ref, _args, wb) => {
        const { sheet, rect } = rangeParts(ref, wb);
        assertFormattable(sheet);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => !rectsOverlap(c.rect, rect));
      },
    },
  });

  defineType("ConditionalFormat", {
    id: (ref) => ref.key ?? "",
    navigation: {
      custom: (ref, wb) => (cfOf(ref, wb).type === "Custom" ? { ...ref, type: "CustomConditionalFormat" } : NULL_REF),
      customOrNullObject: (ref, wb) => (cfOf(ref, wb).type === "Custom" ? { ...ref, type: "CustomConditionalFormat" } : NULL_REF),
    },
    properties: {
      id: { get: (ref) => ref.key },
      type: { get: (ref, wb) => cfOf(ref, wb).type },
      priority: { get: (ref, wb) => wb.sheet(ref.sheetId ?? "").conditionalFormats.indexOf(cfOf(ref, wb)) },
      stopIfTrue: {
        get: (ref, wb) => cfOf(ref, wb).stopIfTrue,
        set: (ref, value, wb) => {
          cfOf(ref, wb).stopIfTrue = Boolean(value);
        },
      },
    },
    methods: {
      delete: (ref, _args, wb) => {
        const sheet = wb.sheet(ref.sheetId ?? "");
        sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c.id !== ref.key);
      },
      getRange: (ref, _args, wb) => rangeRef(wb.sheet(ref.sheetId ?? ""), cfOf(ref, wb).rect),
    },
  });

  defineType("CustomConditionalFormat", {
    navigation: {
      rule: (ref) => ({ ...ref, type: "ConditionalFormatRule" }),
      format: (ref) => ({ ...ref, type: "ConditionalRangeFormat" }),
    },
  });

  defineType("ConditionalFormatRule", {
    properties: {
      formula: {
        get: (ref, wb) => cfOf(ref, wb).formula,
        set: (ref, value, wb) => {
          const text = String(value);
          if (!text.startsWith("=") || text.length < 2) throw invalidArgument();
          cfOf(ref, wb).formula = text;
        },
      },
    },
  });

  defineType("ConditionalRangeFormat", {
    navigation: {
      font: (ref) => ({ ...ref, type: "ConditionalRangeFont" }),
      fill: (ref) => ({ ...ref, type: "ConditionalRangeFill" }),
    },
  });

  defineType("ConditionalRangeFont", {
    properties: { bold: cfField("bold"), italic: cfField("italic"), strikethrough: cfField("strikethrough"), color: cfField("fontColor") },
  });

  defineType("ConditionalRangeFill", { properties: { color: cfField("fill") } });

  defineType("ChartCollection", {
    items: (ref, wb) => wb.sheet(ref.sheetId ?? "").charts.map((c) => ({ type: "Chart", sheetId: ref.sheetId, key: c.id })),
    indexer: (ref, [name], wb) => {
      const chart = wb.sheet(ref.sheetId ?? "").charts.find((c) => c.name === name || c.id === name);
      if (!chart) throw itemNotFound();
      return { type: "Chart", sheetId: ref.sheetId, key: chart.id };
    },
    methods: {
      getItemOrNullObject: (ref, [name], wb) => {
        const chart = wb.sheet(ref.sheetId ?? "").charts.find((c) => c.name === name || c.id === name);
        return chart ? { type: "Chart", sheetId: ref.sheetId, key: chart.id } : NULL_REF;
      },
      getCount: (ref, _args, wb) => wb.sheet(ref.sheetId ?? "").charts.length,
      add: (ref, [type, source, seriesBy], wb) => {
        const sheet = wb.sheet(ref.sheetId ?? "");
        assertFormattable(sheet, "allowEditObjects");
        const sourceRef = source as Ref;
        if (!CHART_TYPES.includes(String(type)) || !sourceRef?.rect) throw invalidArgument();
        const chart: EmuChart = {
          id: wb.newId("H"),
          name: `Chart ${sheet.charts.length + 1}`,
          type: String(type),
          source: sourceRef.rect,
          seriesBy: String(seriesBy ?? "Auto"),
          title: null,
          categories: [],
          position: null,
        };
        sheet.charts.push(chart);
        return { type: "Chart", sheetId: sheet.id, key: chart.id };
      },
    },
  });

  defineType("Chart", {
    id: (ref) => ref.key ?? "",
    navigation: {
      title: (ref) => ({ ...ref, type: "ChartTitle" }),
      series: (ref) => ({ ...ref, type: "ChartSeriesCollection" }),
    },
    properties: {
      id: { get: (ref) => ref.key },
      name: {
        get: (ref, wb) => chartOf(ref, wb).name,
        set: (ref, value, wb) => {
          chartOf(ref, wb).name = String(value);
        },
      },
      chartType: { get: (ref, wb) => chartOf(ref, wb).type },
    },
    methods: {
      setPosition: (ref, [from, to], wb) => {
        chartOf(ref, wb).position = { from: String(from), to: String(to ?? from) };
      },
      delete: (ref, _args, wb) => {
        const sheet = wb.sheet(ref.sheetId ?? "");
        sheet.charts = sheet.charts.filter((c) => c.id !== ref.key);
      },
    },
  });

  defineType("ChartTitle", {
    properties: {
      text: {
        get: (ref, wb) => chartOf(ref, wb).title,
        set: (ref, value, wb) => {
          chartOf(ref, wb).title = String(value);
        },
      },
      visible: { get: (ref, wb) => chartOf(ref, wb).title !== null },
    },
  });

  const seriesCount = (ref: Ref, wb: EmulatedWorkbook) => {
    const chart = chartOf(ref, wb);
    return chart.seriesBy === "Rows" ? rectRows(chart.source) - 1 : rectColumns(chart.source);
  };
  defineType("ChartSeriesCollection", {
    items: (ref, wb) => Array.from({ length: seriesCount(ref, wb) }, (_, i) => ({ ...ref, type: "ChartSeries", index: i })),
    properties: { count: { get: seriesCount } },
    methods: {
      getItemAt: (ref, [index], wb) => {
        if (Number(index) >= seriesCount(ref, wb)) throw itemNotFound();
        return { ...ref, type: "ChartSeries", index: Number(index) };
      },
      getCount: (ref, _args, wb) => seriesCount(ref, wb),
    },
  });

  defineType("ChartSeries", {
    methods: {
      setXAxisValues: (ref, [source], wb) => {
        const chart = chartOf(ref, wb);
        const sourceRef = source as Ref;
        if (!sourceRef?.rect) throw invalidArgument();
        chart.categories[ref.index ?? 0] = wb.address(wb.sheet(sourceRef.sheetId ?? ""), sourceRef.rect);
      },
    },
  });
}
