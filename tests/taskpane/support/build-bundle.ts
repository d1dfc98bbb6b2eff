/**
 * Builds the production bundle with the project's own webpack.config.js into a temporary
 * folder, through webpack's Node API. `entry` can swap the pane's entry (the preview test
 * renders the pane over a fake engine).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

const ROOT = path.join(__dirname, "..", "..", "..");

export interface BuiltBundle {
  dir: string;
  remove(): void;
}

export async function buildBundle(options: { entry?: string; env?: Record<string, string> } = {}): Promise<BuiltBundle> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-dist-"));
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(options.env ?? {})) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<webpack.Configuration>;
    const config = await makeConfig({ outDir: dir }, { mode: "production" });
    config.mode = "production";
    config.context = ROOT;
    if (options.entry) config.entry = { ...(config.entry as object), taskpane: options.entry };
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (error, result) => (error || !result ? reject(error ?? new Error("no stats")) : resolve(result))),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  } finally {
    process.chdir(cwd);
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
