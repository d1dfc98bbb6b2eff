/** Tests mirror src/: tests/domain pins src/domain, and so on. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Dates are calendar dates: a time zone far from UTC catches any accidental Date arithmetic.
  globalSetup: "<rootDir>/tests/support/global-setup.js",
  testTimeout: 120000,
};
