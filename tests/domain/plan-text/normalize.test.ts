import fc from "fast-check";
import { normalizeLines, normalizePlanText, repairCharacters } from "../../../src/domain/plan-text/normalize";
import { planFixture } from "./fixture-text";

describe("repairing characters damaged by PDF extraction", () => {
  it("turns the letter OI that PDF fonts put for ư/Ư back into ư/Ư", () => {
    expect(repairCharacters("Ban Thƣờng vụ THƢỜNG TRỰC")).toBe("Ban Thường vụ THƯỜNG TRỰC");
  });

  it("turns the eth of a wrong code page into đ/Đ", () => {
    expect(repairCharacters("ÐẢNG bộ ðịa phương")).toBe("ĐẢNG bộ địa phương");
  });

  it("composes decomposed Vietnamese letters (NFC)", () => {
    expect(repairCharacters("Vie\u0323\u0302t Nam")).toBe("Việt Nam");
  });

  it("puts the missing space between a date word and its number", () => {
    expect(repairCharacters("ngày02 tháng12 năm2019")).toBe("ngày 02 tháng 12 năm 2019");
    expect(repairCharacters("30/5/2019của Ban")).toBe("30/5/2019 của Ban");
  });

  it("leaves codes that carry digits alone", () => {
    expect(repairCharacters("Nghị quyết TW6, 50-KL/TW, COVID-19, 94,9%")).toBe("Nghị quyết TW6, 50-KL/TW, COVID-19, 94,9%");
  });

  it("does not touch ý, which is a Vietnamese letter as well as a code-page artefact", () => {
    expect(repairCharacters("ý nghĩa, quản lý")).toBe("ý nghĩa, quản lý");
  });
});

describe("rebuilding the lines of a document", () => {
  it("joins a sentence broken across lines and the blank lines between them", () => {
    const lines = normalizeLines("1. Các cấp ủy nâng cao vai trò,\n\nhiệu quả lãnh đạo.\n2. Nội dung khác.");
    expect(lines.map((l) => l.text)).toEqual(["1. Các cấp ủy nâng cao vai trò, hiệu quả lãnh đạo.", "2. Nội dung khác."]);
    expect(lines.map((l) => l.line)).toEqual([1, 4]);
  });

  it("repairs a document number split at its hyphen", () => {
    expect(normalizePlanText("quán triệt Kết luận 50-\nKL/TW, Nghị quyết TW6")).toBe("quán triệt Kết luận 50-KL/TW, Nghị quyết TW6");
  });

  it("does not join a heading, a list item or a bullet to the line before", () => {
    const text = "II. NHIỆM VỤ\n1. Bí thư các chi bộ: phổ biến kết luận\n- Các chi bộ,\na) Nội dung";
    expect(normalizePlanText(text).split("\n")).toHaveLength(4);
  });

  it("drops page numbers and a running header repeated at page breaks", () => {
    const text = "Huyện ủy Nam Đàn\n1. Việc một.\n- 2 -\nHuyện ủy Nam Đàn\n2. Việc hai.\nTrang 3/3\nHuyện ủy Nam Đàn\n3. Việc ba.";
    expect(normalizePlanText(text)).toBe("1. Việc một.\n2. Việc hai.\n3. Việc ba.");
  });

  it("keeps a line that only looks like a header when it is not at a page break", () => {
    expect(normalizePlanText("Kính gửi: Các chi bộ\nNơi nhận:\n- Các chi bộ,\n- Lưu VP.")).toContain("- Các chi bộ,");
  });
});

describe("normalisation is idempotent", () => {
  const fixtures = [
    "ke-hoach-13-KH-DUK-binh-phuoc.txt",
    "cong-van-728-CV-DUK-quang-binh.txt",
    "ke-hoach-45-KH-TU-lam-dong.txt",
    "chi-thi-08-CT-TU-quang-ngai.txt",
    "ket-luan-21-KL-HU-nam-dan.txt",
  ];
  it.each(fixtures)("on the fixture %s", (name) => {
    const once = normalizePlanText(planFixture(name));
    expect(normalizePlanText(once)).toBe(once);
  });

  // Lines built from the pieces that drive the join rules, so the property explores them.
  const piece = fc.constantFrom(
    "ĐẢNG BỘ TỈNH", "Số 13 - KH/ĐUK", "Bình Phước, ngày 02 tháng12 năm 2019", "KẾ HOẠCH", "-----", "*", "I. MỤC ĐÍCH",
    "1. Các cấp ủy nâng cao vai trò,", "hiệu quả lãnh đạo của Đảng", "Kết luận 50-", "KL/TW, Nghị quyết", "- Các chi bộ,",
    "- xã hội của tỉnh.", "Tỉnh ủy Bình Phước thực hiện", "Thực hiện Kế hoạch số 206-KH/TU ngày 13/11/2019 của Ban Thường vụ",
    "a) Nội dung", "Nơi nhận:", "T/M BAN THƢỜNG VỤ", "2", "- 3 -", "Trang 2/5", "", "   ", "ĐẾN Số: 13232", "Ngày: 29.8.2019",
    "(hoàn thành trước ngày 20/12/2019)", "thƣờng xuyên", "năm2019,đồng thời", "\f", "Kính gửi: Các tổ chức cơ sở đảng trực thuộc",
  );
  it("on documents assembled from typical lines", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const once = normalizePlanText(pieces.join("\n"));
        expect(normalizePlanText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const once = normalizePlanText(text);
        expect(normalizePlanText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
