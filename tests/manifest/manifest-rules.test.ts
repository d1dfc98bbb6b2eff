import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { validateManifestText, type RuleResult } from "../../scripts/validate-manifest";

const root = path.join(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

function failedRules(text: string, dir = root): RuleResult[] {
  return validateManifestText(text, dir).filter((r) => r.status === "failed");
}

/** Replaces exactly one occurrence, so a test cannot silently leave the manifest unbroken. */
function breakOnce(text: string, from: string | RegExp, to: string): string {
  const hits = typeof from === "string" ? text.split(from).length - 1 : (text.match(new RegExp(from.source, "g")) ?? []).length;
  if (hits !== 1) throw new Error(`expected one occurrence of ${String(from)}, found ${hits}`);
  return text.replace(from, to);
}

function expectOnlyRule(text: string, id: string, dir = root): string[] {
  const failed = failedRules(text, dir);
  expect(failed.map((r) => r.id)).toEqual([id]);
  return failed[0].failures;
}

describe("the project's manifest", () => {
  it("passes every offline rule", () => {
    expect(failedRules(manifest)).toEqual([]);
  });

  it("asks for ReadWriteDocument on Workbook with a vi-VN default and an en-US override", () => {
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="Theo dõi kế hoạch">\s*<Override Locale="en-US"/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });
});

describe("a broken copy of the manifest", () => {
  it("fails well-formedness on an unclosed element and skips the other rules", () => {
    const results = validateManifestText(breakOnce(manifest, "</Hosts>\n  <!-- ExcelApi", "\n  <!-- ExcelApi"), root);
    expect(results.find((r) => r.id === "well-formed")?.status).toBe("failed");
    expect(results.filter((r) => r.id !== "well-formed").every((r) => r.status === "skipped")).toBe(true);
  });

  it("fails well-formedness on a bare ampersand, naming the line", () => {
    const failures = expectOnlyRule(breakOnce(manifest, "<ProviderName>Plan Tracker", "<ProviderName>Plan & Tracker"), "well-formed");
    expect(failures[0]).toMatch(/^line 14: bare "&"/);
  });

  it("fails the root rule for a content add-in", () => {
    expectOnlyRule(breakOnce(manifest, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'), "root");
  });

  it("fails element order when Description comes before DisplayName", () => {
    const display = / {2}<DisplayName[\s\S]*?<\/DisplayName>\n/.exec(manifest)![0];
    const swapped = breakOnce(breakOnce(manifest, display, ""), "  <IconUrl", `${display}  <IconUrl`);
    const failures = expectOnlyRule(swapped, "element-order");
    expect(failures.join()).toMatch(/<DisplayName> .* must come before <Description>/);
  });

  it("fails element order on an element OfficeApp does not have", () => {
    expectOnlyRule(breakOnce(manifest, "  <Permissions>", "  <Colour>red</Colour>\n  <Permissions>"), "element-order");
  });

  it("fails the required rule when SupportUrl is missing", () => {
    const failures = expectOnlyRule(breakOnce(manifest, / {2}<SupportUrl [^>]*\/>\n/, ""), "required");
    expect(failures).toEqual(["<SupportUrl> is missing"]);
  });

  it("fails the required rule when the Workbook host is missing", () => {
    expectOnlyRule(breakOnce(manifest, '<Host Name="Workbook"/>', '<Host Name="Document"/>'), "required");
  });

  it("fails the id rule for an id that is not a GUID", () => {
    expectOnlyRule(manifest.replace(/<Id>[^<]+<\/Id>/, "<Id>plan-tracker</Id>"), "id-version");
  });

  it("fails the version rule for a five-part version", () => {
    expectOnlyRule(breakOnce(manifest, "<Version>1.0.0.0</Version>", "<Version>1.0.0.0.1</Version>"), "id-version");
  });

  it("fails the locale rule for an override of the default locale", () => {
    expectOnlyRule(breakOnce(manifest, '<Override Locale="en-US" Value="Plan Tracker"/>', '<Override Locale="vi-VN" Value="Plan Tracker"/>'), "locales");
  });

  it("fails https-only for a plain http URL", () => {
    const failures = expectOnlyRule(breakOnce(manifest, '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>'), "https-only");
    expect(failures[0]).toMatch(/http:\/\/localhost:3000\/taskpane.html/);
  });

  it("fails the permissions rule for an unknown permission", () => {
    expectOnlyRule(breakOnce(manifest, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"), "permissions-requirements");
  });

  it("fails the requirements rule when ExcelApi is below 1.7", () => {
    const failures = expectOnlyRule(breakOnce(breakOnce(manifest, 'DefaultMinVersion="1.7"', 'DefaultMinVersion="1.4"'), 'MinVersion="1.7"/>', 'MinVersion="1.4"/>'), "permissions-requirements");
    expect(failures).toEqual(["ExcelApi MinVersion 1.4 is below 1.7"]);
  });

  it("fails the resid rule for a resid that is not defined", () => {
    expectOnlyRule(breakOnce(manifest, '<Label resid="Group.Label"/>', '<Label resid="Group.Caption"/>'), "resids");
  });

  it("fails the resid rule when a label points to a long string", () => {
    const failures = expectOnlyRule(breakOnce(manifest, '<Label resid="Group.Label"/>', '<Label resid="OpenPane.Tooltip"/>'), "resids");
    expect(failures[0]).toMatch(/points to LongStrings, expected ShortStrings/);
  });

  it("fails the resid rule for an id over 32 characters", () => {
    const long = "Group.Label.For.The.Home.Tab.Of.Excel";
    expectOnlyRule(manifest.split('"Group.Label"').join(`"${long}"`), "resids");
  });

  it("fails the length rule for a display name over 125 characters", () => {
    const name = "Theo dõi ".repeat(15);
    const failures = expectOnlyRule(breakOnce(manifest, '<DisplayName DefaultValue="Theo dõi kế hoạch">', `<DisplayName DefaultValue="${name}">`), "lengths");
    expect(failures[0]).toMatch(/DisplayName .* has 135 characters \(at most 125\)/);
  });

  it("fails the length rule for a ribbon label over 125 characters", () => {
    expectOnlyRule(breakOnce(manifest, '<bt:Override Locale="en-US" Value="Tracker"/>', `<bt:Override Locale="en-US" Value="${"x".repeat(126)}"/>`), "lengths");
  });

  it("fails the icon rule when an icon file is missing", () => {
    const failures = expectOnlyRule(breakOnce(manifest, "assets/icon-80.png", "assets/icon-81.png"), "icon-files");
    expect(failures[0]).toMatch(/assets\/icon-81.png does not exist/);
  });

  it("fails the icon rule when an icon has the wrong size", () => {
    const failures = expectOnlyRule(breakOnce(manifest, '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>'), "icon-files");
    expect(failures[0]).toMatch(/128×128, expected 64×64/);
  });

  it("fails the icon rule when the assets folder is not next to the manifest", () => {
    const lonely = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    try {
      expectOnlyRule(manifest, "icon-files", lonely);
    } finally {
      fs.rmSync(lonely, { recursive: true, force: true });
    }
  });
});

describe("npm run validate", () => {
  const script = path.join(root, "scripts", "validate-manifest.js");

  it("exits 0 for the project's manifest, offline", () => {
    const run = spawnSync(process.execPath, [script, "manifest.xml", "--offline"], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/online validator: – skipped/);
  });

  it("exits non-zero and names the rule for a broken manifest", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    try {
      fs.cpSync(path.join(root, "assets"), path.join(dir, "assets"), { recursive: true });
      fs.writeFileSync(path.join(dir, "manifest.xml"), manifest.replace("https://localhost:3000/help.html", "http://localhost:3000/help.html"));
      const run = spawnSync(process.execPath, [script, path.join(dir, "manifest.xml")], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/✗ Every URL is HTTPS/);
      expect(run.stdout).toMatch(/skipped — offline rules failed/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
