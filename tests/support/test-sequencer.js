/**
 * jest's order, except that the browser tests go last: they wait for the bundle the global setup
 * builds in the background, and a worker waiting on it at the start of a run is a core lost.
 */
const Sequencer = require("@jest/test-sequencer").default;

const USES_BUNDLE = /[\\/]tests[\\/]taskpane[\\/]([\w.-]+\.e2e|production-build|pane-preview)\.test\.ts$/;

class BundleLastSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return [...sorted.filter((t) => !USES_BUNDLE.test(t.path)), ...sorted.filter((t) => USES_BUNDLE.test(t.path))];
  }
}

module.exports = BundleLastSequencer;
