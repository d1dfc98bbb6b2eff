/**
 * Documents written for these tests in the genre of the seeds — other provinces, other
 * kinds, other deadline phrasings, other extraction damage — so the parser stays general.
 * Each expectation below was written from reading the document, not from the parser's output.
 */
import { parsePlanTextDetailed } from "../../../src/domain/plan-text/parse-plan";
import type { Plan } from "../../../src/domain/types";
import { planFixture } from "./fixture-text";

type TaskRow = [code: string, deadline: string | null, assignee: string | null, section: string | null];

interface Expected {
  header: Partial<Plan>;
  tasks: TaskRow[];
  problemKeys: string[];
}

const rows = (plan: Plan): TaskRow[] => plan.tasks.map((t) => [t.code, t.deadline, t.assignee, t.section]);

const EXPECTED: Record<string, Expected> = {
  // Two-column extract: motto on the issuer's line, number and date on one line; "- 2 -"
  // and "Trang 3/3" page numbers; ƣ; signature block interleaved with the recipients.
  "ke-hoach-45-KH-TU-lam-dong.txt": {
    header: {
      docNumber: "45-KH/TU",
      kind: "KH",
      issuedOn: "2020-01-15" as Plan["issuedOn"],
      place: "Đà Lạt",
      parentIssuer: null,
      issuer: "TỈNH ỦY LÂM ĐỒNG",
      subject:
        "tổ chức học tập, quán triệt và triển khai thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
      references: [
        { docNumber: "35-CT/TW", date: "2019-05-30", issuer: "Bộ Chính trị" },
        { docNumber: "26-HD/BTCTW", date: "2019-10-18", issuer: "Ban Tổ chức Trung ương" },
      ] as Plan["references"],
      signer: { authority: "T/M BAN THƯỜNG VỤ, K/T BÍ THƯ", title: "PHÓ BÍ THƯ THƯỜNG TRỰC", name: "Trần Đức Quận" },
      recipients: ["Ban Tổ chức Trung ương", "Các huyện ủy, thành ủy", "Các ban đảng Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"],
    },
    tasks: [
      ["NV01", "2020-02-28", null, "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"],
      ["NV02", "2020-04-30", "Các huyện ủy, thành ủy, đảng ủy trực thuộc", "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"],
      ["NV03", "2020-06-30", null, "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"],
      ["NV04", "2020-06-30", "Ban Tổ chức Tỉnh ủy", "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"],
      ["NV05", "2020-03-15", "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "III. TỔ CHỨC THỰC HIỆN"],
      ["NV06", null, "Ban Tuyên giáo Tỉnh ủy", "III. TỔ CHỨC THỰC HIỆN"],
      ["NV07", null, "Văn phòng Tỉnh ủy", "III. TỔ CHỨC THỰC HIỆN"],
    ],
    problemKeys: ["planText.assigneeGuessed", "planText.deadlineSeveral", "planText.assigneeGuessed", "planText.assigneeGuessed"],
  },
  // A chỉ thị without sections: numbered requests, a "Chỉ thị này…" closing and a "Giao …"
  // sentence; Ð (eth) for Đ; "ngày20", "năm2019"; a day and month without a year.
  "chi-thi-08-CT-TU-quang-ngai.txt": {
    header: {
      docNumber: "08-CT/TU",
      kind: "CT",
      issuedOn: "2019-11-20" as Plan["issuedOn"],
      place: "Quảng Ngãi",
      parentIssuer: null,
      issuer: "TỈNH ỦY QUẢNG NGÃI",
      subject:
        "của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai, tìm kiếm cứu nạn mùa mưa bão năm 2019 - 2020",
      references: [],
      signer: { authority: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "Lê Viết Chữ" },
      recipients: ["Ban Bí thư (để báo cáo)", "Các đồng chí Tỉnh ủy viên", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Lưu Văn phòng Tỉnh ủy"],
    },
    tasks: [
      ["NV01", "2019-12-15", "Các cấp ủy, chính quyền các cấp", null],
      ["NV02", "2020-01-15", "Ủy ban nhân dân tỉnh", null],
      ["NV03", null, "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh", null],
      ["NV04", null, "Các cơ quan báo chí của tỉnh", null],
      ["NV05", null, "Văn phòng Tỉnh ủy", null],
    ],
    problemKeys: [
      "planText.assigneeGuessed",
      "planText.assigneeGuessed",
      "planText.deadlineNextYear",
      "planText.assigneeGuessed",
      "planText.assigneeGuessed",
    ],
  },
  // A thông báo kết luận with a two-line title, an incoming stamp between date and title,
  // an assessment item that is not a task, lettered tasks under "2.", and 31/02/2020.
  "thong-bao-112-TB-DUK-ha-tinh.txt": {
    header: {
      docNumber: "112-TB/ĐUK",
      kind: "TB",
      issuedOn: "2020-02-18" as Plan["issuedOn"],
      place: "Hà Tĩnh",
      parentIssuer: "ĐẢNG BỘ TỈNH HÀ TĨNH",
      issuer: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
      subject: "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI tại hội nghị sơ kết công tác tuyên giáo năm 2019, triển khai nhiệm vụ năm 2020",
      references: [],
      signer: { authority: "T/L BAN THƯỜNG VỤ", title: "CHÁNH VĂN PHÒNG", name: "Nguyễn Văn Hùng" },
      recipients: ["Thường trực Tỉnh ủy (b/c)", "Các chi bộ, đảng bộ cơ sở", "Lưu VP"],
    },
    tasks: [
      ["NV01", null, "Các chi bộ, đảng bộ cơ sở", null],
      ["NV02", "2020-09-30", "Ban Tuyên giáo Đảng ủy Khối", null],
      ["NV03", null, "Các chi bộ", null],
      ["NV04", null, "Văn phòng Đảng ủy Khối", null],
    ],
    problemKeys: [
      "planText.stampIgnored",
      "planText.assigneeGuessed",
      "planText.deadlineInvalid",
      "planText.assigneeGuessed",
      "planText.assigneeGuessed",
    ],
  },
  // A company party committee's nghị quyết: issuer on two lines, a number split at its
  // hyphen, sections that report (not tasks), "1. Mục tiêu" skipped, lettered tasks,
  // deadlines counted from the signing day, the first half year and the whole year.
  "nghi-quyet-05-NQ-DU-becamex.txt": {
    header: {
      docNumber: "05-NQ/ĐU",
      kind: "NQ",
      issuedOn: "2020-01-10" as Plan["issuedOn"],
      place: "Bình Dương",
      parentIssuer: "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH BÌNH DƯƠNG",
      issuer: "ĐẢNG ỦY TỔNG CÔNG TY BECAMEX IDC",
      subject: "về lãnh đạo thực hiện nhiệm vụ sản xuất kinh doanh và công tác xây dựng Đảng năm 2020",
      references: [{ docNumber: "12-NQ/ĐUK", date: "2019-12-25", issuer: "Ban Chấp hành Đảng bộ Khối Doanh nghiệp tỉnh" }] as Plan["references"],
      signer: { authority: "T/M ĐẢNG ỦY", title: "BÍ THƯ", name: "Nguyễn Văn Hùng" },
      recipients: ["Ban Thường vụ Đảng ủy Khối (b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu VP"],
    },
    tasks: [
      ["NV01", "2020-02-09", "Các chi bộ trực thuộc", "II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2020"],
      ["NV02", "2020-06-30", null, "II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2020"],
      ["NV03", "2020-12-31", null, "II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2020"],
      ["NV04", null, "Ban Thường vụ Đảng ủy", "III. TỔ CHỨC THỰC HIỆN"],
      ["NV05", null, "Các chi bộ trực thuộc", "III. TỔ CHỨC THỰC HIỆN"],
    ],
    problemKeys: ["planText.assigneeGuessed"],
  },
  // A huyện ủy's kết luận over three pages separated by form feeds, with page numbers and
  // a running header; Ƣ in the signature; an opening item that assesses, not assigns;
  // dashed and dotted dates; a quarter without a year.
  "ket-luan-21-KL-HU-nam-dan.txt": {
    header: {
      docNumber: "21-KL/HU",
      kind: "KL",
      issuedOn: "2020-09-04" as Plan["issuedOn"],
      place: "Nam Đàn",
      parentIssuer: "ĐẢNG BỘ TỈNH NGHỆ AN",
      issuer: "HUYỆN ỦY NAM ĐÀN",
      subject: "của Ban Thường vụ Huyện ủy về tiếp tục thực hiện Chỉ thị số 12-CT/TU ngày 15/5/2017 của Ban Thường vụ Tỉnh ủy về công tác dân vận",
      references: [{ docNumber: "12-CT/TU", date: "2017-05-15", issuer: "Ban Thường vụ Tỉnh ủy" }] as Plan["references"],
      signer: { authority: "T/M BAN THƯỜNG VỤ", title: "PHÓ BÍ THƯ", name: "Hoàng Văn Bốn" },
      recipients: ["Ban Dân vận Tỉnh ủy (b/c)", "Các tổ chức cơ sở đảng", "Lưu VPHU"],
    },
    tasks: [
      ["NV01", "2020-09-30", "Các tổ chức cơ sở đảng", null],
      ["NV02", "2020-10-15", "Ban Dân vận Huyện ủy", null],
      ["NV03", "2020-12-31", "Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện", null],
    ],
    problemKeys: ["planText.assigneeGuessed", "planText.assigneeGuessed"],
  },
  // A công văn of a provincial Ban Tuyên giáo: two-line V/v with the motto after it,
  // "Kính gửi:" with a list, "trước" and its date on different lines, "quý" and "IV/2020"
  // on different lines, a Ê-đê signer's name, signature block interleaved with recipients.
  "cong-van-215-CV-BTGTU-dak-lak.txt": {
    header: {
      docNumber: "215-CV/BTGTU",
      kind: "CV",
      issuedOn: "2020-10-05" as Plan["issuedOn"],
      place: "Buôn Ma Thuột",
      parentIssuer: "TỈNH ỦY ĐẮK LẮK",
      issuer: "BAN TUYÊN GIÁO",
      subject: "V/v tuyên truyền kỷ niệm 90 năm Ngày truyền thống Ngành Tuyên giáo",
      references: [{ docNumber: "95-HD/BTGTW", date: "2020-07-20", issuer: "Ban Tuyên giáo Trung ương" }] as Plan["references"],
      signer: { authority: "K/T TRƯỞNG BAN", title: "PHÓ TRƯỞNG BAN", name: "Y Biêr Niê" },
      recipients: ["Như trên", "Thường trực Tỉnh ủy (b/c)", "Lưu VT"],
    },
    tasks: [
      ["NV01", "2020-10-25", null, null],
      ["NV02", "2020-12-31", null, null],
      ["NV03", "2020-12-10", "Ban Tuyên giáo các huyện ủy", null],
    ],
    problemKeys: [],
  },
};

describe.each(Object.entries(EXPECTED))("the document %s", (name, expected) => {
  const { plan, problems } = parsePlanTextDetailed(planFixture(name));

  it("has the expected header, references, signer and recipients", () => {
    expect(plan).toMatchObject(expected.header);
  });

  it("has the expected tasks with their deadlines, assignees and sections", () => {
    expect(rows(plan)).toEqual(expected.tasks);
    for (const task of plan.tasks) expect(task.text.trim()).not.toBe("");
  });

  it("reports exactly the expected doubts", () => {
    expect(problems.map((p) => p.key)).toEqual(expected.problemKeys);
    expect(plan.warnings).toHaveLength(expected.problemKeys.length);
  });
});

describe("details that the tables above do not show", () => {
  it("keeps the lettered task's own text, without the assessment before it", () => {
    const { plan } = parsePlanTextDetailed(planFixture("thong-bao-112-TB-DUK-ha-tinh.txt"));
    expect(plan.tasks[0].text).toMatch(/^Các chi bộ, đảng bộ cơ sở tổ chức học tập/u);
    expect(plan.tasks.map((t) => t.text).join(" ")).not.toContain("Đánh giá chung");
  });

  it("leaves the running header and page numbers out of the tasks", () => {
    const { plan } = parsePlanTextDetailed(planFixture("ket-luan-21-KL-HU-nam-dan.txt"));
    const all = plan.tasks.map((t) => t.text).join("\n");
    expect(all).not.toContain("Huyện ủy Nam Đàn");
    expect(plan.tasks[0].text).toContain("trước ngày 30-9-2020.");
  });

  it("reads the Ð-damaged motto as the motto, not as an issuer", () => {
    const { plan } = parsePlanTextDetailed(planFixture("chi-thi-08-CT-TU-quang-ngai.txt"));
    expect(JSON.stringify(plan)).not.toMatch(/Ð|ƣ/u);
  });
});
