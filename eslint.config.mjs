// Layers (docs/architecture.md): domain → layout → hosts/excel | hosts/xlsx → engine → taskpane | cli.
// A wrong-way import fails `npm run lint`, so nobody has to remember the architecture.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

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
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  layer(["src/domain/**"], ["**/layout/**", "**/hosts/**", "**/engine/**", "**/taskpane/**", "**/cli/**", "exceljs", "react"], "domain is pure: it imports no other layer and no I/O library."),
  layer(["src/layout/**"], ["**/hosts/**", "**/engine/**", "**/taskpane/**", "**/cli/**", "exceljs", "react"], "layout imports only domain."),
  layer(["src/hosts/excel/**"], ["**/hosts/xlsx/**", "**/engine/**", "**/taskpane/**", "**/cli/**", "exceljs"], "the Office.js host imports only domain and layout."),
  layer(["src/hosts/xlsx/**"], ["**/hosts/excel/**", "**/engine/**", "**/taskpane/**", "**/cli/**"], "the xlsx host imports only domain and layout."),
  layer(["src/engine/**"], ["**/hosts/**", "**/taskpane/**", "**/cli/**"], "the engine talks to hosts only through layout's WorkbookHost."),
  layer(["src/taskpane/**"], ["**/hosts/xlsx/**", "**/cli/**", "exceljs"], "the task pane uses the engine and the Office.js host; exceljs only through a lazy import() for reading an imported .xlsx."),
  layer(["src/cli/**"], ["**/hosts/excel/**", "**/taskpane/**"], "the CLI drives the xlsx host only."),
);
