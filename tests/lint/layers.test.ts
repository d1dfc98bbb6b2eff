/**
 * The layer map of eslint.config.mjs, as `npm run lint` applies it: an import is allowed only when
 * the importing layer lists the imported one (or the package), and a folder of src/ that is not
 * in the map fails until it is given its place.
 */
import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

const CASES: Record<string, [file: string, code: string]> = {
  engineBelow: ["src/engine/probe.ts", 'import { t } from "../i18n";\nimport { ok } from "../domain/result";\nimport { trackerSheetNames } from "../layout/tracker/geometry";\nexport const x = [t, ok, trackerSheetNames];\n'],
  xlsxPackages: ["src/hosts/xlsx/probe.ts", 'import ExcelJS from "exceljs";\nimport * as fs from "node:fs";\nexport const x = [ExcelJS, fs];\n'],
  layoutToCli: ["src/layout/probe.ts", 'import { main } from "../cli/main";\nexport const x = main;\n'],
  i18nToDomain: ["src/i18n/probe.ts", 'import { ok } from "../domain/result";\nexport const x = ok;\n'],
  domainToExcelJs: ["src/domain/probe.ts", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n'],
  paneLazyWriter: ["src/taskpane/probe.ts", 'export const load = () => import("../hosts/xlsx/xlsx-workbook");\n'],
  paneStaticWriter: ["src/taskpane/probe.ts", 'import { XlsxWorkbook } from "../hosts/xlsx/xlsx-workbook";\nexport const x = XlsxWorkbook;\n'],
  newFolder: ["src/newlayer/probe.ts", "export const x = 1;\n"],
};

/**
 * ESLint loads its flat config with a dynamic import(), which jest's sandbox refuses: the
 * cases are linted in one child process, as `npm run lint` would.
 */
function lintCases(): Record<string, string[]> {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = {};
      for (const [name, [file, code]] of Object.entries(cases)) {
        const [result] = await eslint.lintText(code, { filePath: require("path").resolve(file) });
        out[name] = result.messages.filter((m) => m.ruleId === "layers/allowed-imports").map((m) => m.message);
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, input: JSON.stringify(CASES), encoding: "utf8" }));
}

let errors: Record<string, string[]>;
beforeAll(() => {
  errors = lintCases();
}, 60000);
const layerErrors = (name: string) => errors[name];

describe("the layer map", () => {
  it("lets each layer import the layers below it", () => {
    expect(layerErrors("engineBelow")).toEqual([]);
    expect(layerErrors("xlsxPackages")).toEqual([]);
  });

  it("refuses an import the wrong way, naming both layers", () => {
    expect(layerErrors("layoutToCli")).toEqual([expect.stringContaining("layout may not import cli")]);
    expect(layerErrors("i18nToDomain")).toEqual([expect.stringContaining("i18n may not import domain")]);
    expect(layerErrors("domainToExcelJs")).toEqual([expect.stringContaining('domain may not import the package "exceljs"')]);
  });

  it("lets the pane load the xlsx writer lazily, never in its first download", () => {
    expect(layerErrors("paneLazyWriter")).toEqual([]);
    expect(layerErrors("paneStaticWriter")).toEqual([expect.stringContaining("taskpane may not import hosts/xlsx")]);
  });

  it("refuses a new folder of src/ until the map names it", () => {
    expect(layerErrors("newFolder")).toEqual([expect.stringContaining("src/newlayer/ is not in the layer map")]);
  });
});
