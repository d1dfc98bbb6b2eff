import { chooseDeadline, findDeadlines } from "../../../src/domain/plan-text/deadline-phrases";
import { normalizeLines } from "../../../src/domain/plan-text/normalize";
import { parsePlanTextDetailed } from "../../../src/domain/plan-text/parse-plan";
import { linesOfPage, type TableColumns } from "../../../src/domain/plan-text/pdf-text";
import type { IsoDate } from "../../../src/domain/types";

const dates = (text: string) => findDeadlines(text, "2026-03-01" as IsoDate).map((f) => (f.kind === "date" ? f.date : f.kind));

describe("deadline phrasings of newer plans", () => {
  it.each([
    ["Xong trong Quý II/2026", ["2026-06-30"]],
    ["Thời hạn: Trước 31/12/2026.", ["2026-12-31"]],
    ["thời gian thực hiện: 2026 - 2030", ["2030-12-31"]],
    ["thực hiện giai đoạn 2026 – 2030", ["2030-12-31"]],
    ["thời hạn: Năm 2026", ["2026-12-31"]],
    ["thực hiện trong năm 2026", ["2026-12-31"]],
  ])("%s", (text, expected) => expect(dates(text)).toEqual(expected));

  it("flags a deadline counted from an event the plan gives no date for, and leaves it empty", () => {
    expect(dates("báo cáo trong 15 ngày làm việc kể từ ngày kết thúc hội nghị")).toEqual(["afterEvent"]);
    expect(dates("gửi báo cáo chậm nhất 07 ngày sau khi kết thúc đợt kiểm tra")).toEqual(["afterEvent"]);
    // Counted from the signing: the document's own date, so a date.
    expect(dates("trong vòng 10 ngày kể từ ngày ký")).toEqual(["2026-03-11"]);
    const chosen = chooseDeadline("Báo cáo kết quả trong 15 ngày làm việc kể từ ngày kết thúc hội nghị.", "2026-03-01" as IsoDate, "NV03", { line: 12 });
    expect(chosen).toEqual({
      deadline: null,
      problems: [{ key: "planText.deadlineAfterEvent", params: { task: "NV03", value: "trong 15 ngày làm việc kể từ ngày kết thúc hội nghị" }, at: { line: 12 } }],
    });
  });

  it("does not take a term or a project's period for a deadline", () => {
    expect(dates("quy hoạch cán bộ nhiệm kỳ 2026 - 2031")).toEqual([]);
    expect(dates("Đề án phát triển hạ tầng số giai đoạn 2026 - 2030")).toEqual([]);
  });
});

describe("header damage", () => {
  it("joins a number the PDF split from its code ('Số:173' / '/KH-UBND')", () => {
    expect(normalizeLines("Số:173\n/KH-UBND\nQuảng Trị, ngày 12 tháng 3 năm 2026").map((l) => l.text)[0]).toBe("Số:173/KH-UBND");
  });

  it("reads a state number typed with a space before its slash", () => {
    const { plan } = parsePlanTextDetailed("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 88 /KH-UBND\nĐức Thọ, ngày 14 tháng 4 năm 2026\nKẾ HOẠCH\nCải cách hành chính\n1. Phòng Nội vụ: Kiểm tra.\n");
    expect(plan).toMatchObject({ docNumber: "88/KH-UBND", place: "Đức Thọ", parentIssuer: null, issuer: "ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ" });
  });

  it("reads an OCR'd number with an en dash and markdown bold titles", () => {
    const { plan } = parsePlanTextDetailed("HUYỆN ỦY HƯƠNG SƠN  \n*  \nSố 557 – TB/HU  \n\n**THÔNG BÁO**  \nvề phòng chống thiên tai  \n1. Ủy ban nhân dân huyện chỉ đạo rà soát.\n");
    expect(plan).toMatchObject({ docNumber: "557-TB/HU", kind: "TB", subject: "về phòng chống thiên tai" });
  });

  it("keeps a number and day left for signing blank, flagged on their line", () => {
    const { plan, problems } = parsePlanTextDetailed("TỈNH ỦY QUẢNG NGÃI\n*\nSố      -CTr/TU Quảng Ngãi, ngày    tháng 8 năm 2026\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nvề chuyển đổi số\n1. Ban Tổ chức Tỉnh ủy tham mưu.\n");
    expect(plan).toMatchObject({ docNumber: "", kind: "CTr", issuedOn: null, place: "Quảng Ngãi" });
    expect(problems.filter((p) => p.key === "planText.numberBlank" || p.key === "planText.issueDayBlank")).toEqual([
      { key: "planText.numberBlank", params: { value: "Số -CTr/TU" }, at: { line: 3 } },
      { key: "planText.issueDayBlank", params: { value: "ngày tháng 8 năm 2026" }, at: { line: 3 } },
    ]);
  });
});

describe("bullets per body", () => {
  it("names the body that leads, not its role, when a bullet says who leads before a colon", () => {
    const text = [
      "ĐẢNG BỘ TỈNH HÀ TĨNH ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY ĐỨC THỌ", "*", "Số 118-KH/HU Đức Thọ, ngày 10 tháng 3 năm 2026", "",
      "KẾ HOẠCH", "về công tác cán bộ", "-----", "I. MỤC ĐÍCH, YÊU CẦU", "- Bảo đảm đúng quy định.",
      "II. TỔ CHỨC THỰC HIỆN", "1. Các cơ quan tham mưu, giúp việc Huyện ủy",
      "- Ban Tổ chức Huyện ủy chủ trì: thẩm định nhân sự cấp ủy cơ sở, hoàn thành trước 30/6/2026.",
      "- Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy: xây dựng đề cương tuyên truyền, xong trong Quý III/2026.",
      "- Văn phòng Huyện ủy: theo dõi, tổng hợp, báo cáo kết quả.",
    ].join("\n");
    const { plan } = parsePlanTextDetailed(text);
    expect(plan.tasks.map((t) => [t.assignee, t.deadline])).toEqual([
      ["Ban Tổ chức Huyện ủy", "2026-06-30"],
      ["Ban Tuyên giáo Huyện ủy", "2026-09-30"],
      ["Văn phòng Huyện ủy", null],
    ]);
  });
});

describe("a flattened appendix table", () => {
  it("keeps row numbers, drops the page number between pages and reads each row's columns", () => {
    const text = [
      "KẾ HOẠCH", "về y tế", "1. Văn phòng Đảng ủy theo dõi.", "T/M ĐẢNG ỦY", "BÍ THƯ", "Phạm Thị Lan",
      "PHỤ LỤC", "STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn",
      "1", "Rà soát quy hoạch", "Ban Tổ chức Đảng ủy", "Quý II/2026", "", "3", "\f2", "Kiểm tra đảng viên", "Ủy ban Kiểm tra Đảng ủy", "Tháng 5/2026",
    ].join("\n");
    const { plan } = parsePlanTextDetailed(text);
    expect(plan.tasks.slice(1).map((t) => [t.text.split("\n")[0], t.assignee, t.deadline])).toEqual([
      ["Rà soát quy hoạch", "Ban Tổ chức Đảng ủy", "2026-06-30"],
      ["Kiểm tra đảng viên", "Ủy ban Kiểm tra Đảng ủy", "2026-05-31"],
    ]);
    expect(plan.signer?.name).toBe("Phạm Thị Lan");
  });
});

describe("lines of a PDF page", () => {
  const run = (text: string, x: number, y: number, width = text.length * 5) => ({ text, x, y, width, height: 12 });

  it("puts runs on one baseline into one line, left to right, with the two header columns side by side", () => {
    expect(linesOfPage([run("ĐẢNG CỘNG SẢN VIỆT NAM", 330, 800), run("TỈNH ỦY LÂM ĐỒNG", 60, 801), run("Số 45-KH/TU", 60, 770)])).toEqual([
      "TỈNH ỦY LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM",
      "Số 45-KH/TU",
    ]);
  });

  it("reads a table cell by cell within each row, carrying its columns to the next page", () => {
    const table: { columns: TableColumns | null } = { columns: null };
    const first = linesOfPage(
      [
        run("STT", 50, 700), run("Nội dung", 80, 700), run("Chủ trì", 270, 700), run("Thời hạn", 470, 700),
        run("1", 50, 680), run("Kiểm tra việc thực hiện Chỉ thị 05-", 80, 680), run("Ban Tổ chức", 270, 680), run("Quý II/2026", 470, 680),
        run("CT/TW ở cơ sở", 80, 668), run("Đảng ủy", 270, 668),
        run("2", 300, 40),
      ],
      table,
    );
    expect(first).toEqual(["STT", "Nội dung", "Chủ trì", "Thời hạn", "1", "Kiểm tra việc thực hiện Chỉ thị 05-CT/TW ở cơ sở", "Ban Tổ chức Đảng ủy", "Quý II/2026"]);
    expect(linesOfPage([run("2", 50, 780), run("Rà soát quy hoạch", 80, 780), run("Năm 2026", 470, 780)], table)).toEqual(["2", "Rà soát quy hoạch", "Năm 2026"]);
  });

  /** A table whose cells are centred vertically: a row's tall cell starts above its number. */
  const header = [run("STT", 50, 700), run("Nội dung", 80, 700), run("Chủ trì", 270, 700), run("Thời hạn", 470, 700)];
  const cells = (x: number, centre: number, texts: string[]) => texts.map((text, i) => run(text, x, centre + ((texts.length - 1) / 2 - i) * 14));

  it("reads a table whose cells are centred vertically, a tall cell's first lines above its row's number", () => {
    const lines = linesOfPage([
      ...header,
      run("1", 50, 665), ...cells(80, 665, ["Kiểm tra việc thực hiện quy chế", "dân chủ ở cơ sở tại các chi bộ", "trực thuộc"]), run("Ủy ban Kiểm tra", 270, 665), run("Quý II/2026", 470, 665),
      run("2", 50, 620), ...cells(80, 620, ["Rà soát, bổ sung quy hoạch cán", "bộ nhiệm kỳ 2025 - 2030"]), ...cells(270, 620, ["Ban Tổ chức", "Đảng ủy"]), run("Tháng 5/2026", 470, 620),
      run("3", 50, 566), ...cells(80, 566, ["Sơ kết 5 năm thực hiện Chỉ thị", "05-", "CT/TW của Bộ Chính trị về", "học tập và làm theo"]), run("Văn phòng Đảng ủy", 270, 566), run("Năm 2026", 470, 566),
    ]);
    expect(lines).toEqual([
      "STT", "Nội dung", "Chủ trì", "Thời hạn",
      "1", "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại các chi bộ trực thuộc", "Ủy ban Kiểm tra", "Quý II/2026",
      "2", "Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030", "Ban Tổ chức Đảng ủy", "Tháng 5/2026",
      "3", "Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về học tập và làm theo", "Văn phòng Đảng ủy", "Năm 2026",
    ]);
  });

  it("tells centred cells from top-aligned ones when every tall cell has an odd number of lines", () => {
    // Three-line cells centred on their numbers: only the space between rows, wider than a line,
    // shows that a cell's first line does not belong to the row above.
    const centred = linesOfPage([
      ...header,
      run("1", 50, 665), ...cells(80, 665, ["Tổ chức hội nghị quán triệt", "Nghị quyết Đại hội Đảng bộ", "lần thứ IV"]), run("Ban Tuyên giáo", 270, 665), run("Tháng 5/2026", 470, 665),
      run("2", 50, 615), ...cells(80, 615, ["Nâng cao chất lượng sinh hoạt", "chi bộ gắn với kiểm điểm", "tự phê bình và phê bình"]), run("Các chi bộ", 270, 615), run("Năm 2026", 470, 615),
    ]);
    expect(centred.slice(4)).toEqual([
      "1", "Tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ lần thứ IV", "Ban Tuyên giáo", "Tháng 5/2026",
      "2", "Nâng cao chất lượng sinh hoạt chi bộ gắn với kiểm điểm tự phê bình và phê bình", "Các chi bộ", "Năm 2026",
    ]);
    // The same rows top-aligned: each cell starts on its number's line.
    const top = (y: number, texts: string[]) => texts.map((text, i) => run(text, 80, y - i * 14));
    const topAligned = linesOfPage([
      ...header,
      run("1", 50, 680), ...top(680, ["Tổ chức hội nghị quán triệt", "Nghị quyết Đại hội Đảng bộ", "lần thứ IV"]), run("Ban Tuyên giáo", 270, 680), run("Tháng 5/2026", 470, 680),
      run("2", 50, 630), ...top(630, ["Nâng cao chất lượng sinh hoạt", "chi bộ gắn với kiểm điểm", "tự phê bình và phê bình"]), run("Các chi bộ", 270, 630), run("Năm 2026", 470, 630),
    ]);
    expect(topAligned).toEqual(centred);
  });

  it("reads a table whose cells sit at the bottom of their rows, the number on a cell's last line", () => {
    const bottom = (x: number, y: number, texts: string[]) => texts.map((text, i) => run(text, x, y + (texts.length - 1 - i) * 14));
    const lines = linesOfPage([
      ...header,
      run("1", 50, 651), ...bottom(80, 651, ["Kiểm tra việc thực hiện quy chế", "dân chủ ở cơ sở tại các chi bộ", "trực thuộc"]), run("Ủy ban Kiểm tra", 270, 651), run("Quý II/2026", 470, 651),
      run("2", 50, 605), ...bottom(80, 605, ["Rà soát, bổ sung quy hoạch cán", "bộ nhiệm kỳ 2025 - 2030"]), ...bottom(270, 605, ["Ban Tổ chức", "Đảng ủy"]), run("Tháng 5/2026", 470, 605),
    ]);
    expect(lines.slice(4)).toEqual([
      "1", "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại các chi bộ trực thuộc", "Ủy ban Kiểm tra", "Quý II/2026",
      "2", "Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030", "Ban Tổ chức Đảng ủy", "Tháng 5/2026",
    ]);
  });

  it("carries centred rows over to the next page, a row's first lines at the top of the page", () => {
    const table: { columns: TableColumns | null } = { columns: null };
    linesOfPage([...header, run("1", 50, 665), run("Quán triệt Nghị quyết", 80, 665), run("Ban Tuyên giáo", 270, 665), run("Tháng 5/2026", 470, 665)], table);
    const next = linesOfPage(
      [
        run("4", 50, 766), ...cells(80, 766, ["Kiểm tra việc thực hiện quy chế", "dân chủ ở cơ sở tại các chi bộ", "trực thuộc Đảng ủy"]), run("Ủy ban Kiểm tra", 270, 766), run("Quý IV/2026", 470, 766),
        run("5", 50, 716), ...cells(80, 716, ["Sơ kết công tác tháng, báo cáo", "Ban Thường vụ"]), run("Văn phòng", 270, 716), run("Hằng tháng", 470, 716),
        run("3", 300, 40),
      ],
      table,
    );
    expect(next).toEqual([
      "4", "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại các chi bộ trực thuộc Đảng ủy", "Ủy ban Kiểm tra", "Quý IV/2026",
      "5", "Sơ kết công tác tháng, báo cáo Ban Thường vụ", "Văn phòng", "Hằng tháng",
    ]);
  });

  it("keeps the lines above a top-aligned page's first number apart, as the end of the row before", () => {
    const table: { columns: TableColumns | null } = { columns: null };
    linesOfPage([...header, run("1", 50, 665), run("Quán triệt Nghị quyết", 80, 665), run("Ban Tuyên giáo", 270, 665), run("Tháng 5/2026", 470, 665)], table);
    const next = linesOfPage(
      [
        run("của Ban Chấp hành", 80, 780), run("Đảng ủy", 270, 780),
        run("2", 50, 760), run("Rà soát quy hoạch cán bộ nhiệm kỳ", 80, 760), run("Ban Tổ chức", 270, 760), run("Năm 2026", 470, 760),
        run("2025 - 2030", 80, 746),
      ],
      table,
    );
    expect(next).toEqual(["của Ban Chấp hành Đảng ủy", "2", "Rà soát quy hoạch cán bộ nhiệm kỳ 2025 - 2030", "Ban Tổ chức", "Năm 2026"]);
  });

  it("does not put a space inside a word split into two runs", () => {
    expect(linesOfPage([run("Kế ho", 60, 700, 25), run("ạch", 85, 700)])).toEqual(["Kế hoạch"]);
  });
});
