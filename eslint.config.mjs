// Layers (docs/architecture.md): i18n ← domain ← layout ← hosts/excel | hosts/xlsx ← engine ← taskpane | cli.
// A wrong-way import fails `npm run lint`, so nobody has to remember the architecture.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import path from "node:path";

/**
 * The layers and what each may import: other layers of src/, and packages. An allow-list, so a
 * new folder of src/ or a new package fails the lint until it is given a place here.
 */
const LAYERS = {
  i18n: { layers: [], packages: [], why: "i18n is a leaf: the catalog and how problems read." },
  domain: { layers: ["i18n"], packages: [], why: "domain is pure: it imports no other layer and no I/O library." },
  layout: { layers: ["domain", "i18n"], packages: [], why: "layout imports only domain and i18n." },
  "hosts/excel": { layers: ["domain", "layout", "i18n"], packages: [], why: "the Office.js host imports only domain, layout and i18n." },
  "hosts/xlsx": { layers: ["domain", "layout", "i18n"], packages: ["exceljs", "jszip", "node:*"], why: "the xlsx host imports only domain, layout, i18n, exceljs and jszip." },
  engine: { layers: ["domain", "layout", "i18n"], packages: [], why: "the engine talks to hosts only through layout's WorkbookHost." },
  taskpane: {
    layers: ["domain", "layout", "i18n", "engine", "hosts/excel"],
    packages: ["react", "react-dom", "react-dom/*", "@fluentui/*"],
    // Loaded when first used, never in the first download: reading an imported .xlsx, .docx or
    // .pdf, and writing the standalone report file and the units' files (zipped together) with
    // the xlsx host's browser-side workbook, which also opens the files units send back.
    lazy: { layers: ["hosts/xlsx"], packages: ["exceljs", "mammoth", "pdfjs-dist/*"] },
    why: "the task pane uses the engine and the Office.js host; the xlsx host, exceljs, mammoth and pdf.js only through a lazy import().",
  },
  commands: { layers: ["hosts/excel"], packages: [], why: "the ribbon commands page only starts Office through the Excel host." },
  cli: { layers: ["domain", "layout", "i18n", "engine", "hosts/xlsx"], packages: ["mammoth", "pdfjs-dist/*", "node:*"], why: "the CLI drives the xlsx host only." },
};

/** "src/hosts/xlsx/a.ts" → "hosts/xlsx"; null outside src/. */
function layerOf(file) {
  const parts = path.relative(path.join(import.meta.dirname, "src"), file).split(path.sep);
  if (parts[0] === ".." || parts.length < 2) return null;
  return parts[0] === "hosts" ? `hosts/${parts[1]}` : parts[0];
}

const packageAllowed = (name, allowed) => allowed.some((p) => (p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : name === p || name.startsWith(`${p}/`)));

const layersPlugin = {
  rules: {
    "allowed-imports": {
      meta: { type: "problem", schema: [] },
      create(context) {
        const from = layerOf(context.filename);
        if (from === null) return {};
        const check = (node, source, lazy = false) => {
          if (typeof source !== "string") return;
          const declared = LAYERS[from];
          if (!declared) return; // reported once for the whole file
          const rules = lazy && declared.lazy
            ? { ...declared, layers: [...declared.layers, ...declared.lazy.layers], packages: [...declared.packages, ...declared.lazy.packages] }
            : declared;
          if (source.startsWith(".")) {
            const to = layerOf(path.resolve(path.dirname(context.filename), source));
            if (to === null || to === from) return;
            if (!LAYERS[to]) context.report({ node, message: `src/${to}/ is not in the layer map of eslint.config.mjs: give it its place there.` });
            else if (!rules.layers.includes(to)) context.report({ node, message: `${from} may not import ${to}: ${rules.why}` });
          } else if (!packageAllowed(source, rules.packages)) {
            context.report({ node, message: `${from} may not import the package "${source}": ${rules.why}` });
          }
        };
        return {
          Program: (node) => {
            if (!LAYERS[from]) context.report({ node, message: `src/${from}/ is not in the layer map of eslint.config.mjs: give it its place there.` });
          },
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value, true),
          CallExpression: (node) => {
            if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments[0]?.type === "Literal") check(node, node.arguments[0].value);
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "out/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", __filename: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { layers: layersPlugin },
    rules: { "layers/allowed-imports": "error" },
  },
);
