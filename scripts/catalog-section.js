/**
 * Reads one section of the TypeScript message catalog from Node build scripts (webpack.config.js,
 * start.js), so text shown outside the bundle — the Internet Explorer notice inlined in
 * taskpane.html, the sideloading instructions of `npm start` — comes from the same catalog as
 * the pane. A section file holds only data and a type import, so transpiling it is enough.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

function readCatalogSection(fileName, exportName) {
  const file = path.join(__dirname, "..", "src", "i18n", "catalog", fileName);
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } });
  const module = { exports: {} };
  new Function("module", "exports", "require", outputText)(module, module.exports, () => ({}));
  const section = module.exports[exportName];
  if (!section) throw new Error(`${fileName} exports no ${exportName}`);
  return section;
}

/** Fills {placeholders} the way src/i18n's `t` does. */
function fill(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

module.exports = { readCatalogSection, fill };
