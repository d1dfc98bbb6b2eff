/**
 * Task pane and ribbon-commands bundles, after the layout of Microsoft's Office add-in templates.
 *
 *   npm run build        production bundle in dist/ (or --env outDir=<folder>), with manifest.xml
 *                        rewritten from https://localhost:3000/ to ADDIN_PUBLIC_URL
 *   npm run dev-server   https://localhost:3000 with the office-addin-dev-certs certificate
 *
 * Environment: ADDIN_PUBLIC_URL (production host of the static files, with trailing slash),
 * OFFICE_JS_LOCAL=1 (serve office.js from the add-in's own host, for closed networks).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { URL } = require("url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { readCatalogSection } = require("./scripts/catalog-section");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const PLACEHOLDER_PUBLIC_URL = "https://addin.example.gov.vn/plan-tracker/";
// Microsoft's CDN copy of office.js; AppSource requires it for published add-ins.
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The bundles a page loads before the pane shows (named in output.filename below). */
const FIRST_DOWNLOAD = /^(taskpane|commands)\.[0-9a-f]{8}\.js$/;
const OFFICE_JS_PACKAGE = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");

/** The production host, normalised to end in "/"; the placeholder is announced, never silent. */
function publicUrl() {
  const given = process.env.ADDIN_PUBLIC_URL;
  if (!given) {
    console.warn(
      `[plan-tracker] ADDIN_PUBLIC_URL is not set: dist/manifest.xml points at the placeholder ${PLACEHOLDER_PUBLIC_URL}. ` +
        "Set it to the HTTPS address where dist/ will be served, e.g. ADDIN_PUBLIC_URL=https://intranet.example/plan-tracker/ npm run build",
    );
    return PLACEHOLDER_PUBLIC_URL;
  }
  const url = new URL(given);
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be an https:// address (Office loads add-ins over HTTPS only), got ${given}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Every https://localhost:3000/ in the manifest becomes the production host. */
function rewriteManifest(content, toUrl) {
  return content.toString("utf8").split(DEV_URL).join(toUrl);
}

/**
 * HTTPS options for the dev server. office-addin-dev-certs creates and trusts a local CA; on Linux
 * as root it writes the files but cannot install the CA (no sudo), so fall back to the files it
 * wrote, and when even generation fails, to webpack-dev-server's own self-signed certificate.
 */
async function devHttpsOptions() {
  const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: path.join(certDir, "ca.crt"), cert: path.join(certDir, "localhost.crt"), key: path.join(certDir, "localhost.key") };
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    if (Object.values(files).every((f) => fs.existsSync(f))) {
      console.warn(`[plan-tracker] The development CA could not be installed (${firstLine(error)}); using the certificate files in ${certDir}.`);
      return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(f)]));
    }
    console.warn(`[plan-tracker] No development certificate (${firstLine(error)}); using webpack-dev-server's self-signed certificate.`);
    return undefined;
  }
}

function firstLine(error) {
  return String(error && error.message ? error.message : error).split("\n")[0];
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const outDir = path.resolve(env.outDir || path.join(__dirname, "dist"));
  const officeJsLocal = process.env.OFFICE_JS_LOCAL === "1";
  const officeJsUrl = officeJsLocal ? "office-js/office.js" : OFFICE_JS_CDN;
  const targetUrl = dev ? DEV_URL : publicUrl();
  const messages = readCatalogSection("taskpane.ts", "taskpaneMessages");
  const text = (key) => messages[key];

  const config = {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: outDir,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    // The pane's own code is lowered to ES2017; dependencies (Fluent UI's tabster uses "??=") and
    // Unicode property escapes in the domain's regexes need a current engine, which the inline
    // check in taskpane.html tests before loading the bundle.
    target: ["web", "es2017"],
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // mammoth's package entry is for Node; its browser build reads .docx from an ArrayBuffer.
      alias: { mammoth$: require.resolve("mammoth/mammoth.browser.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: path.join(__dirname, "tsconfig.taskpane.json"), onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    // The chunks loaded later (pdf.js, exceljs, mammoth: megabytes) are minified by esbuild, many
    // times faster than terser, which took two of every three minutes of a build on them; webpack's
    // own minimizers ("...") then do the rest — terser for the first download, where size counts
    // most, and the HTML pages with their inline scripts — and leave what esbuild marked minimized.
    optimization: {
      minimizer: [new MinimizerPlugin({ test: /\.js$/, exclude: FIRST_DOWNLOAD, minify: MinimizerPlugin.esbuildMinify, minimizerOptions: { legalComments: "eof" } }), "..."],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: false,
        templateParameters: (compilation, assets) => ({
          officeJsUrl,
          bundles: assets.js,
          unsupportedTitle: text("pane.unsupported.title"),
          unsupportedBody: text("pane.unsupported.body"),
          title: text("pane.title"),
        }),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        templateParameters: { text },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, targetUrl) },
          ...(officeJsLocal
            ? [
                {
                  from: OFFICE_JS_PACKAGE,
                  to: "office-js",
                  // Microsoft ships these minified: re-minifying hundreds of files tripled the build time.
                  info: { minimized: true },
                  // Only the loader, Excel's host scripts and shared resources: not Word, Outlook, …
                  globOptions: { ignore: ["**/{access,onenote,outlook,outlookwebapp,powerpoint,powerpointios,project,word,wordios,custom-functions-runtime}*", "**/*.d.ts", "**/*vsdoc*"] },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      // Only `webpack serve` needs a certificate; a plain build must not create or install one.
      server: env.WEBPACK_SERVE ? await devServerHttps() : "https",
    },
  };
  return config;
};

async function devServerHttps() {
  const options = await devHttpsOptions();
  return options ? { type: "https", options } : { type: "https" };
}

module.exports.rewriteManifest = rewriteManifest;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
