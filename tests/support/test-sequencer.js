/**
 * The order of a run, for two cores kept busy to the end:
 *   1. test files whose first comment says `@slow` (long ones: big trackers, LibreOffice, the
 *      demo), while the background build of the browser tests' bundle runs;
 *   2. the browser tests, which wait for that bundle and by then find it built;
 *   3. everything else, the many short files last, so no worker is left with a long one alone.
 * Within each group jest's own order: the last run's durations where jest has them, else size.
 */
const fs = require("node:fs");
const Sequencer = require("@jest/test-sequencer").default;

const USES_BUNDLE = /[\\/]tests[\\/]taskpane[\\/]([\w.-]+\.e2e|production-build|pane-preview)\.test\.ts$/;

/** Whether the file's opening comment carries the `@slow` tag. */
function taggedSlow(file) {
  const head = fs.readFileSync(file, "utf8").slice(0, 4000);
  const comment = /^\s*\/\*\*([\s\S]*?)\*\//.exec(head);
  return comment !== null && /^\s*\*\s*@slow\b/m.test(comment[1]);
}

class LongFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const browser = sorted.filter((t) => USES_BUNDLE.test(t.path));
    const others = sorted.filter((t) => !USES_BUNDLE.test(t.path));
    const slow = others.filter((t) => taggedSlow(t.path));
    return [...slow, ...browser, ...others.filter((t) => !slow.includes(t))];
  }
}

module.exports = LongFirstSequencer;
