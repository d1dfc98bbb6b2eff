/** Tests mirror src/: tests/domain pins src/domain, and so on. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Sets the time zone, and starts building the browser tests' bundle in the background.
  globalSetup: "<rootDir>/tests/support/global-setup.js",
  globalTeardown: "<rootDir>/tests/support/global-teardown.js",
  // The browser tests last, once their bundle is built (tests/support/test-bundle.js).
  testSequencer: "<rootDir>/tests/support/test-sequencer.js",
  // jest keeps one core for itself by default; the suite waits on LibreOffice and Chromium
  // processes often enough that two workers use a 2-core machine fully.
  maxWorkers: 2,
  testTimeout: 120000,
};
