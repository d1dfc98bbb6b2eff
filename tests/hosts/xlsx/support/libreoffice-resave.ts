/** A workbook saved again by LibreOffice's own .xlsx writer: drawings and charts as another producer lays them out. */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { sofficePath } from "../../../support/libreoffice";

const run = promisify(execFile);

export async function resavedByLibreOffice(xlsx: Buffer): Promise<Buffer> {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lo-resave-"));
  try {
    const input = path.join(dir, "in", "so-theo-doi.xlsx");
    await fs.mkdir(path.dirname(input));
    await fs.writeFile(input, xlsx);
    const out = path.join(dir, "out");
    await run(soffice, ["--headless", "--norestore", `-env:UserInstallation=file://${path.join(dir, "profile")}`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, input], {
      env: { ...process.env, HOME: dir },
      timeout: 180_000,
    });
    return await fs.readFile(path.join(out, "so-theo-doi.xlsx"));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
