/** A workbook saved again by LibreOffice's own .xlsx writer: drawings and charts as another producer lays them out. */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { convertWithLibreOffice } from "../../../support/libreoffice";

export async function resavedByLibreOffice(xlsx: Buffer): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lo-resave-"));
  try {
    const input = path.join(dir, "in", "so-theo-doi.xlsx");
    await fs.mkdir(path.dirname(input));
    await fs.writeFile(input, xlsx);
    const out = path.join(dir, "out");
    await convertWithLibreOffice([input], "xlsx:Calc MS Excel 2007 XML", out);
    return await fs.readFile(path.join(out, "so-theo-doi.xlsx"));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
