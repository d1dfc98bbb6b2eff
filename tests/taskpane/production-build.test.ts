/**
 * `npm run build` for a closed network: the production bundle with the manifest pointed at the
 * office's own host and office.js served from it, checked file by file, and the IE11 notice
 * shown by the inline check in headless Chromium pretending to be Internet Explorer.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { initialSize } from "../../scripts/bundle-size";
import { validateManifestText } from "../../scripts/validate-manifest";
import { t } from "../../src/i18n";
import { productionBundle, PUBLIC_URL } from "./support/shared-bundle";
import { launchChromium } from "./support/chromium";
import { serveFolder, type StaticServer } from "./support/static-server";
import { screenshot } from "./support/screenshot";

const IE11_UA = "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko";

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = await productionBundle();
  server = await serveFolder(dir);
  browser = await launchChromium();
}, 480000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");
/** Script sources of a page, quoted or not (the production HTML is minified). */
const scriptSources = (html: string) => [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);

describe("the production build", () => {
  it("holds the pane, the commands page, the help page, the icons and the manifest", () => {
    const files = fs.readdirSync(dir);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "help.html", "manifest.xml", "assets", "office-js"]));
    expect(files.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /^commands\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    expect(fs.readdirSync(path.join(dir, "assets")).sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });

  it("keeps the file readers (.docx, .xlsx) out of the pane's main bundle, each in a chunk loaded when needed", () => {
    const files = fs.readdirSync(dir);
    const sizeOf = (pattern: RegExp) => files.filter((f) => pattern.test(f)).map((f) => fs.statSync(path.join(dir, f)).size);
    const [main] = sizeOf(/^taskpane\.[0-9a-f]{8}\.js$/);
    const [excelJs] = sizeOf(/^exceljs\.[0-9a-f]{8}\.js$/);
    expect(sizeOf(/^mammoth\.[0-9a-f]{8}\.js$/)).toHaveLength(1);
    expect(sizeOf(/^unit-file\.[0-9a-f]{8}\.js$/)).toHaveLength(1);
    // exceljs alone (about 0.9 MB) is larger than the whole pane: a static import would show here.
    expect(excelJs).toBeGreaterThan(800_000);
    expect(main).toBeLessThan(800_000);
    expect(read(files.find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f)) as string)).not.toContain("xl/sharedStrings.xml");
  });

  it("loads at most 160 KB of gzipped JavaScript before the pane shows, the rest when first used", () => {
    const size = initialSize(dir);
    expect(size.initial.files.map((f) => f.file)).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
    expect(size.initial.gzip).toBeLessThanOrEqual(160 * 1024);
    // The views, the engine, the report and reminder code each come in their own chunk.
    const lazy = size.lazy.map((c) => c.file.replace(/\.[0-9a-f]{8}\.js$/, ""));
    expect(lazy).toEqual(expect.arrayContaining(["engine", "report", "reminders", "view-plan", "view-units", "view-tracker", "view-check", "view-remind", "view-report"]));
  });

  it("points every manifest URL at the production host, and the manifest still passes every rule", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${PUBLIC_URL}taskpane.html"/>`);
    const failed = validateManifestText(manifest, dir).filter((r) => r.status === "failed");
    expect(failed).toEqual([]);
  });

  it("serves office.js from its own host, with Excel's scripts but not Word's", () => {
    expect(scriptSources(read("taskpane.html"))).toContain("office-js/office.js");
    expect(scriptSources(read("commands.html"))).toContain("office-js/office.js");
    expect(read("taskpane.html")).not.toContain("appsforoffice.microsoft.com");
    const officeJs = fs.readdirSync(path.join(dir, "office-js"));
    expect(officeJs).toEqual(expect.arrayContaining(["office.js", "excel-web-16.00.js", "excel-win32-16.01.js", "vi-vn", "en-us"]));
    expect(officeJs.filter((f) => f.startsWith("word-") || f.startsWith("outlook-"))).toEqual([]);
  });

  it("loads nothing from outside its host but office.js: no web fonts, no CDN", () => {
    const pages = ["taskpane.html", "commands.html", "help.html"].map(read).join("\n");
    const outside = [...pages.matchAll(/(?:src|href|url)\s*[=(]\s*["']?(https?:\/\/[^"'\s>)]+)/g)].map((m) => m[1]);
    expect(outside).toEqual([]);
    expect(pages).not.toMatch(/@import|@font-face/);
  });

  it("shows the IE11 notice instead of a blank page when the user agent says Trident", async () => {
    const context = await browser.newContext({ userAgent: IE11_UA, viewport: { width: 360, height: 500 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}taskpane.html`);
    const notice = page.getByRole("alert");
    await notice.waitFor();
    expect(await notice.isVisible()).toBe(true);
    const shown = await notice.innerText();
    expect(shown).toContain(t("pane.unsupported.title", {}, "vi"));
    expect(shown).toContain("Hãy cập nhật Office hoặc dùng Excel trên web");
    expect(shown).toContain(t("pane.unsupported.title", {}, "en"));
    // The bundle is never requested: the check does not depend on it.
    expect(requested.filter((p) => /taskpane\.[0-9a-f]{8}\.js$/.test(p))).toEqual([]);
    await screenshot(page, "production", "ie11-notice");
    await context.close();
  });

  it("shows the notice when the engine cannot parse what the bundle uses (EdgeHTML 18)", async () => {
    // Chromium parses everything, so the probe script is made to fail as an old engine's parser would.
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.route("**/taskpane.html", async (route) => {
      const html = read("taskpane.html");
      expect(html).toContain("__planTrackerEngineOk=");
      await route.fulfill({ status: 200, contentType: "text/html", body: html.replace("__planTrackerEngineOk=", "__planTrackerEngineOk=)(") });
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("alert").waitFor();
    expect(await page.locator("#unsupported").isVisible()).toBe(true);
    expect(requested.filter((p) => /taskpane\.[0-9a-f]{8}\.js$/.test(p))).toEqual([]);
    await page.close();
  });

  it("hides the IE11 notice and loads the bundle in a current browser", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("#unsupported").isVisible()).toBe(false);
    expect(requested.some((p) => /taskpane\.[0-9a-f]{8}\.js$/.test(p))).toBe(true);
    await page.close();
  });
});
