/**
 * `npm run test:e2e`: the pane in headless Chromium alone — the walk-throughs over the emulated
 * Excel and the preview over a fake engine — with a picture of each step in test-artifacts/ for
 * people to look at (`npm test` runs the same tests without taking them).
 */
const base = require("./jest.config");

// Workers inherit the environment (tests/taskpane/support/screenshot.ts).
process.env.PLAN_TRACKER_SCREENSHOTS = "1";

module.exports = {
  ...base,
  testMatch: ["**/tests/taskpane/*.e2e.test.ts", "**/tests/taskpane/pane-preview.test.ts"],
};
