/**
 * Bundles browser-bridge.ts (with the request processor and workbook model) into one plain
 * script for `page.addInitScript`, using webpack's Node API and ts-loader, which the project
 * already has. The bundle is built into a temporary folder and returned as a string.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

let cached: Promise<string> | null = null;

export function buildBridgeScript(): Promise<string> {
  cached ??= bundle();
  return cached;
}

function bundle(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "excel-bridge-"));
  const root = path.resolve(__dirname, "../../..");
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: root,
    entry: path.join(__dirname, "browser-bridge.ts"),
    output: { path: outDir, filename: "excel-bridge.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: path.join(root, "tsconfig.json"), compilerOptions: { sourceMap: false } },
        },
      ],
    },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      try {
        resolve(fs.readFileSync(path.join(outDir, "excel-bridge.js"), "utf8"));
      } catch (readError) {
        reject(readError);
      } finally {
        fs.rmSync(outDir, { recursive: true, force: true });
      }
    });
  });
}
