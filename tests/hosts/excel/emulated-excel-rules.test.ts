/**
 * Through Microsoft's real office.js client: its own rules (load before read, null objects) and
 * the host-side rules of Excel that the emulator reproduces, one test per rule.
 */
import { createEmulatedExcel, type EmulatedExcel } from "../../support/excel-emulator";

let excel: EmulatedExcel;

beforeEach(() => {
  excel = createEmulatedExcel();
});

afterEach(() => excel.dispose());

/** The error an add-in would catch from Excel.run. */
async function failure(batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await excel.run(batch);
  } catch (error) {
    return error as OfficeExtension.Error;
  }
  throw new Error("the batch succeeded");
}

describe("the real office.js client", () => {
  test("refuses to read a property that was not loaded and synced (PropertyNotLoaded)", async () => {
    const error = await failure(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      return range.values;
    });
    expect(error.code).toBe("PropertyNotLoaded");
  });

  test("reads a property once it was loaded and synced", async () => {
    excel.workbook.seed([{ name: "Sheet1", cells: { A1: 42 } }]);
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[42]]);
  });

  test("sends nothing before sync: a batch that only queues writes changes the workbook at the end of run", async () => {
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["x"]];
      expect(excel.workbook.cell("Sheet1", "B2").value).toBe("");
    });
    expect(excel.workbook.cell("Sheet1", "B2").value).toBe("x");
    expect(excel.stats.syncs).toBe(1);
  });

  test("answers getItemOrNullObject for a missing sheet with a null object", async () => {
    const isNull = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Không có");
      await context.sync();
      return sheet.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test("answers getUsedRangeOrNullObject on an empty sheet with a null object", async () => {
    const isNull = await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      await context.sync();
      return used.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});

describe("Excel's host-side rules", () => {
  test("rejects a value array whose size differs from the range (InvalidArgument)", async () => {
    const error = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2, 3]];
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toBe("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  });

  test("reports ItemNotFound for getItem of a missing sheet", async () => {
    const error = await failure(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Không có");
      sheet.load("name");
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });

  test("refuses a request body over Excel on the web's 5 MB (RequestPayloadSizeLimitExceeded)", async () => {
    const big = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    const error = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A6000").values = big;
      await context.sync();
    });
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.workbook.cell("Sheet1", "A1").value).toBe("");
  });

  test("refuses an answer over the cap (ResponsePayloadSizeLimitExceeded) and answers the same cells read in halves", async () => {
    const small = createEmulatedExcel({ payloadLimitBytes: 64 * 1024 });
    try {
      const cells: Record<string, string> = {};
      for (let row = 1; row <= 100; row++) cells[`A${row}`] = `Nhiệm vụ ${row}: ${"quán triệt ".repeat(90)}`;
      small.workbook.seed([{ name: "Sheet1", cells }]);
      const read = (address: string) =>
        small.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
          range.load("values");
          await context.sync();
          return range.values;
        });
      const error = await read("A1:A100").then(
        () => null,
        (e: OfficeExtension.Error) => e,
      );
      expect(error?.code).toBe("ResponsePayloadSizeLimitExceeded");
      expect(error?.message).toMatch(/^The response payload size has exceeded the limit/);
      expect(small.stats.refusedResponses).toBe(1);
      const halves = [...(await read("A1:A50")), ...(await read("A51:A100"))];
      expect(halves).toHaveLength(100);
      expect(halves[99][0]).toBe(cells.A100);
      expect(small.stats.largestResponseBytes).toBeLessThanOrEqual(64 * 1024);
    } finally {
      small.dispose();
    }
  });

  test("answers a task-text lookup through defined names with the text, as Excel calculates it", async () => {
    excel.workbook.seed([
      { name: "Kế hoạch", cells: { A2: "NV01", B2: "Quán triệt nghị quyết", A3: "NV02", B3: "Sơ kết" } },
      { name: "DV001", cells: { A6: "nv02", B6: { formula: '=IFERROR(INDEX(NV_ND,MATCH($A6,NV_Ma,0))&"","")' }, A7: "NV09", B7: { formula: '=IFERROR(INDEX(NV_ND,MATCH($A7,NV_Ma,0))&"","")' } } },
    ]);
    const values = await excel.run(async (context) => {
      context.workbook.names.add("NV_Ma", "='Kế hoạch'!$A$2:$A$1001");
      context.workbook.names.add("NV_ND", "='Kế hoạch'!$B$2:$B$1001");
      const range = context.workbook.worksheets.getItem("DV001").getRange("B6:B7");
      range.load("values,formulas");
      await context.sync();
      return [range.values, range.formulas];
    });
    expect(values[0]).toEqual([["Sơ kết"], [""]]);
    expect(values[1][0][0]).toMatch(/^=IFERROR\(INDEX\(NV_ND/);
  });

  test.each([
    ["longer than 31 characters", "x".repeat(32)],
    ["a colon", "a:b"],
    ["a backslash", "a\\b"],
    ["a slash", "a/b"],
    ["a question mark", "a?b"],
    ["an asterisk", "a*b"],
    ["a bracket", "a[b]"],
    ["a leading apostrophe", "'ab"],
    ["a trailing apostrophe", "ab'"],
    ["the reserved name History", "history"],
    ["nothing", ""],
  ])("rejects a sheet name with %s (InvalidArgument)", async (_why, name) => {
    const error = await failure(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  test("accepts a 31-character Vietnamese name with an inner apostrophe", async () => {
    const name = "Chi bộ Trường THPT Đồng Xoài'7";
    await excel.run(async (context) => {
      context.workbook.worksheets.add(name.padEnd(31, "x"));
      await context.sync();
    });
    expect(excel.workbook.sheetNames()).toContain(name.padEnd(31, "x"));
  });

  test("rejects a sheet name that differs from another only by case (ItemAlreadyExists)", async () => {
    const error = await failure(async (context) => {
      context.workbook.worksheets.add("SHEET1");
      await context.sync();
    });
    expect(error.code).toBe("ItemAlreadyExists");
  });

  test("turns a value starting with = into a formula", async () => {
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [["=1+1", "+84912", "-x"]];
    });
    expect(excel.workbook.cell("Sheet1", "A1").formula).toBe("=1+1");
    expect(excel.workbook.cell("Sheet1", "B1")).toMatchObject({ formula: null, value: 84912 });
    expect(excel.workbook.cell("Sheet1", "C1").formula).toBe("=-x");
  });

  test("keeps a value with a leading apostrophe as text, without the apostrophe", async () => {
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["'=HYPERLINK(\"x\")"]];
    });
    expect(excel.workbook.cell("Sheet1", "A1")).toMatchObject({ value: '=HYPERLINK("x")', formula: null });
  });

  test("refuses writes to locked cells of a protected sheet (AccessDenied) but accepts unlocked ones", async () => {
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").format.protection.locked = false;
      sheet.protection.protect({ allowSort: true });
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["nhập được"]];
    });
    expect(excel.workbook.cell("Sheet1", "B1").value).toBe("nhập được");
    const error = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["khóa"]];
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
  });

  test("refuses formatting on a protected sheet (AccessDenied)", async () => {
    await excel.run(async (context) => context.workbook.worksheets.getItem("Sheet1").protection.protect());
    const error = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.bold = true;
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
  });

  test("copies a sheet deeply and gives the copy's tables new unique names", async () => {
    excel.workbook.seed([{ name: "Mẫu", cells: { A1: "Mã", A2: "NV01" }, tables: [{ name: "tblMau", range: "A1:A2" }] }]);
    const copyName = await excel.run(async (context) => {
      const copy = context.workbook.worksheets.getItem("Mẫu").copy("End");
      copy.getRange("A2").values = [["NV02"]];
      copy.load("name");
      await context.sync();
      return copy.name;
    });
    expect(copyName).toBe("Mẫu (2)");
    expect(excel.workbook.cell("Mẫu", "A2").value).toBe("NV01");
    expect(excel.workbook.cell("Mẫu (2)", "A2").value).toBe("NV02");
    expect(excel.workbook.tables.map((t) => t.name)).toEqual(["tblMau", "tblMau2"]);
  });

  test("keeps the actions before a failing one applied (a batch is not a transaction)", async () => {
    await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["đã ghi"]];
      context.workbook.worksheets.getItem("Không có").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(excel.workbook.cell("Sheet1", "A1").value).toBe("đã ghi");
  });

  test("releases the references a run kept, in a cleanup request after the run", async () => {
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      await context.sync();
    });
    expect(excel.stats.cleanups).toBe(1);
  });

  test("keeps at least one sheet visible (hiding the last visible sheet fails)", async () => {
    const error = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperation");
  });

  test("refuses a table name already used in the workbook (ItemAlreadyExists)", async () => {
    excel.workbook.seed([{ name: "A", tables: [{ name: "tblA", range: "A1:B3" }] }, { name: "B" }]);
    const error = await failure(async (context) => {
      const table = context.workbook.worksheets.getItem("B").tables.add("A1:B3", true);
      table.name = "TBLA";
      await context.sync();
    });
    expect(error.code).toBe("ItemAlreadyExists");
  });

  test("refuses a typed drop-down list longer than 255 characters (InvalidArgument)", async () => {
    const error = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").dataValidation.rule = { list: { inCellDropDown: true, source: "x,".repeat(130) } };
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  test("gives the row at a zero-based offset from the range's first row (Range.getRow), and refuses a negative one", async () => {
    const address = await excel.run(async (context) => {
      const row = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5").getRow(1);
      row.load("address");
      await context.sync();
      return row.address;
    });
    expect(address).toBe("Sheet1!B3:D3");
    const error = await failure(async (context) => {
      const row = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5").getRow(-1);
      row.load("address");
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  test("writes more than 1,500 cells in the row bands office.js cuts them into (getRow + getBoundingRect)", async () => {
    const rows = Array.from({ length: 1000 }, (_, r) => [`NV${r + 1}`, `=A${r + 1}`]);
    const recorded = createEmulatedExcel({ recordRequests: true });
    try {
      await recorded.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1000").formulas = rows;
      });
      expect(recorded.requests.join("")).toContain('"GetRow"');
      expect(recorded.workbook.cell("Sheet1", "A1").value).toBe("NV1");
      expect(recorded.workbook.cell("Sheet1", "A1000").value).toBe("NV1000");
      expect(recorded.workbook.cell("Sheet1", "B1000").formula).toBe("=A1000");
    } finally {
      recorded.dispose();
    }
  });

  test("refuses a banded write whose array does not match the range before writing any band (InvalidArgument)", async () => {
    // One row too many: every band office.js cuts would fit its own range, so only Excel's check of
    // the whole array (Range._ValidateArraySize, sent first) stops the write spilling past row 1000.
    const rows = Array.from({ length: 1001 }, () => [1, 2]);
    const error = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1000").values = rows;
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toBe("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    expect(excel.workbook.cell("Sheet1", "A1").value).toBe("");
  });

  test("gives a newly added conditional format the top priority", async () => {
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5");
      range.conditionalFormats.add("Custom").custom.rule.formula = "=A1=1";
      range.conditionalFormats.add("Custom").custom.rule.formula = "=A1=2";
    });
    expect(excel.workbook.sheet("Sheet1").conditionalFormats.map((c) => c.formula)).toEqual(["=A1=2", "=A1=1"]);
  });
  test("refuses to delete a very hidden sheet (InvalidOperation), as Worksheet.delete's reference says", async () => {
    excel.workbook.seed([{ name: "Kế hoạch" }, { name: "_meta", visibility: "VeryHidden" }]);
    const error = await failure(async (context) => {
      context.workbook.worksheets.getItem("_meta").delete();
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperation");
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("_meta");
      sheet.visibility = "Hidden";
      sheet.delete();
    });
    expect(excel.workbook.sheetNames()).toEqual(["Kế hoạch"]);
  });

  test("clears data validation only from the cells the cleared range overlaps", async () => {
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D6:D15").dataValidation.rule = { list: { inCellDropDown: true, source: "Có,Không" } };
      sheet.getRange("D10:D20").dataValidation.clear();
    });
    expect(excel.workbook.sheet("Sheet1").validations.map((v) => v.rect)).toEqual([{ top: 6, bottom: 9, left: 4, right: 4 }]);
  });

  test("refuses a rule over cells with another validation until they are cleared (InvalidArgument)", async () => {
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D6:D15").dataValidation.rule = { list: { inCellDropDown: true, source: "Có,Không" } };
    });
    const error = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D6:D16").dataValidation.rule = { list: { inCellDropDown: true, source: "Có,Không" } };
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    await excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Sheet1").getRange("D6:D16").dataValidation;
      validation.clear();
      validation.rule = { list: { inCellDropDown: true, source: "Có,Không" } };
    });
    expect(excel.workbook.sheet("Sheet1").validations.map((v) => v.rect)).toEqual([{ top: 6, bottom: 16, left: 4, right: 4 }]);
  });

  test("refuses a table over merged cells or another table (MergedRangeConflict)", async () => {
    await excel.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").merge(false));
    const merged = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:D5", true);
      await context.sync();
    });
    expect(merged.code).toBe("MergedRangeConflict");
    await excel.run(async (context) => context.workbook.worksheets.getItem("Sheet1").tables.add("A3:D5", true));
    const overlapping = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("C4:F8", true);
      await context.sync();
    });
    expect(overlapping.code).toBe("MergedRangeConflict");
  });

  test('puts a copy made with copy("None") first, as its default position says', async () => {
    excel.workbook.seed([{ name: "Kế hoạch" }, { name: "Mẫu" }]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Mẫu").copy("None");
    });
    expect(excel.workbook.sheetNames()).toEqual(["Mẫu (2)", "Kế hoạch", "Mẫu"]);
  });

  test("converts typed text as Excel does: grouped digits, percents and error literals, but not after an apostrophe or in a text-formatted cell", async () => {
    const types = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("A1:A6").values = [["1,234"], ["50%"], ["12.5%"], ["#N/A"], ["'#N/A"], ["'1,234"]];
      sheet.getRange("B1").values = [["=1+1"]];
      const range = sheet.getRange("A1:A6");
      range.load("valueTypes");
      await context.sync();
      return range.valueTypes.map((row) => row[0]);
    });
    const cell = (a1: string) => excel.workbook.cell("Sheet1", a1);
    expect([cell("A1").value, cell("A2").value, cell("A3").value]).toEqual([1234, 0.5, 0.125]);
    expect([cell("A2").numberFormat, cell("A3").numberFormat]).toEqual(["0%", "0.00%"]);
    expect(types).toEqual(["Double", "Double", "Double", "Error", "String", "String"]);
    expect([cell("A5").value, cell("A6").value]).toEqual(["#N/A", "1,234"]);
    expect(cell("B1")).toMatchObject({ value: "=1+1", formula: null });
  });
});
