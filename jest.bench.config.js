/** `npm run bench`: the benchmark scenarios, run once each (they print their figures). */
const base = require("./jest.config.js");
module.exports = { ...base, roots: ["<rootDir>/bench"], testMatch: ["**/*.bench.ts"], testTimeout: 600000 };
