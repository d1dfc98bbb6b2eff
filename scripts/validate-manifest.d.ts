/** Types for scripts/validate-manifest.js, so the TypeScript tests can call it. */
export interface RuleResult {
  id: string;
  title: string;
  status: "passed" | "failed" | "skipped";
  failures: string[];
}
export function validateManifestText(text: string, manifestDir: string): RuleResult[];
export function validateOnline(manifestPath: string): { status: "passed" | "failed" | "skipped"; detail: string };
