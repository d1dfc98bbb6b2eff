/**
 * `npm test` starts with scripts/test-tools.sh: on a machine without the system tools the suite
 * drives, it must stop at once, naming each one and the command that installs them.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const SCRIPT = path.join(__dirname, "..", "..", "scripts", "test-tools.sh");

describe("the test-tool check", () => {
  it("names every missing tool and the install command, and fails", () => {
    // An empty PATH hides every command the script looks for.
    const run = spawnSync("/bin/bash", [SCRIPT], { env: { PATH: "/nonexistent" }, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("LibreOffice Calc (soffice)");
    expect(run.stderr).toContain("pdftoppm (poppler-utils)");
    expect(run.stderr).toContain("xmllint (libxml2-utils)");
    expect(run.stderr).toContain("bash scripts/test-tools.sh --install");
    expect(run.stderr).toMatch(/apt-get install -y --no-install-recommends .*libreoffice-calc/);
  });

  it("passes quietly where everything is installed", () => {
    const run = spawnSync("/bin/bash", [SCRIPT], { env: process.env, encoding: "utf8" });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  });
});
