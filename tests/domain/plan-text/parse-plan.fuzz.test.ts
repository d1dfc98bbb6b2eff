import fc from "fast-check";
import { parsePlanText, parsePlanTextDetailed } from "../../../src/domain/plan-text/parse-plan";
import { DOCUMENT_KINDS } from "../../../src/domain/types";
import { planFixture } from "./fixture-text";
import { propertyRuns } from "../../support/property-runs";

/** Lines typical of party documents, including damaged ones, to build plausible garbage from. */
const documentLine = fc.constantFrom(
  "ĐẢNG BỘ TỈNH BÌNH PHƯỚC", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 13 - KH/ĐUK", "Số: 456", "Số", "Hà Nội, ngày 31 tháng 02 năm 2020",
  "KẾ HOẠCH", "THÔNG BÁO", "V/v", "Kính gửi:", "I. NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN", "1.", "1. Ban Tuyên giáo:", "a)", "- ",
  "Giao", "Giao các chi bộ thực hiện.", "trước ngày 99/99/2020", "trước 30/6", "trong quý V/2020", "chậm nhất ngày 0 tháng 13 năm 0",
  "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A", "ĐẾN Số: 1", "Ngày: 29.8.2019", "50-", "KL/TW", "-----", "\f", "",
);

describe("parsing never throws", () => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const plan = parsePlanText(text);
        expect(DOCUMENT_KINDS).toContain(plan.kind);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  it("on documents assembled from typical and damaged lines, and reports what it could not read", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(documentLine, fc.string({ maxLength: 40 })), { maxLength: 40 }), (lines) => {
        const { plan, problems } = parsePlanTextDetailed(lines.join("\n"));
        expect(plan.warnings).toHaveLength(problems.length);
        for (const task of plan.tasks) expect(task.deadline === null || /^\d{4}-\d{2}-\d{2}$/u.test(task.deadline)).toBe(true);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  it("on a seed document cut at any point", () => {
    const text = planFixture("ke-hoach-13-KH-DUK-binh-phuoc.txt");
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), (a, b) => {
        parsePlanText(text.slice(Math.min(a, b), Math.max(a, b)));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it("gives an empty plan with warnings for an empty text", () => {
    const { plan, problems } = parsePlanTextDetailed("");
    expect(plan).toMatchObject({ docNumber: "", issuedOn: null, tasks: [], signer: null, recipients: [] });
    expect(problems.map((p) => p.key)).toEqual(
      expect.arrayContaining(["planText.noDocNumber", "planText.noIssueDate", "planText.noTasks", "planText.noSigner"]),
    );
  });
});
