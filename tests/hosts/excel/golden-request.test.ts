/**
 * The wire protocol of office.js is internal and undocumented. This pins what the pinned client
 * (@microsoft/office-js 1.1.110) serialises for a fixed small batch; an upgrade that changes the
 * protocol fails here before it confuses the emulator. The golden file was read and checked by
 * hand against the description of requests in tests/support/excel-emulator/README.md.
 * To accept a deliberate change: UPDATE_GOLDEN=1 npx jest tests/hosts/excel/golden-request.test.ts
 */
import * as fs from "fs";
import * as path from "path";
import { createEmulatedExcel } from "../../support/excel-emulator";

const GOLDEN = path.join(__dirname, "golden", "basic-batch.request.json");

test("office.js serialises a fixed batch exactly as the golden request", async () => {
  const excel = createEmulatedExcel({ recordRequests: true });
  try {
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1:B2");
      range.values = [[1, "Đơn vị"], ["=A1*2", "'=text"]];
      range.format.font.bold = true;
      range.load("address,values");
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      context.workbook.worksheets.load("items/name");
      await context.sync();
      return missing.isNullObject;
    });
    const actual = JSON.parse(excel.requests[0]);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(GOLDEN, "utf8")));
  } finally {
    excel.dispose();
  }
});
