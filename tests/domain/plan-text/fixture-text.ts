import { readFileSync } from "fs";
import { join } from "path";

/** The text of a document in tests/fixtures/plans. */
export function planFixture(name: string): string {
  return readFileSync(join(__dirname, "..", "..", "fixtures", "plans", name), "utf8");
}
