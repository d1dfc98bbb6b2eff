#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm run build` (or `npm run build:cli`).
let main;
try {
  main = require("../lib/cli/main.js").main;
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("plan-tracker: chưa biên dịch / not built yet — run `npm run build` first.\n");
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2)).then((code) => process.exit(code));
