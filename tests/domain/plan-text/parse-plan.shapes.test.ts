/**
 * Plans in the shapes offices receive them — a PDF's text layer, OCR output, a number left
 * blank for signing, tasks as bullets per body, an appendix table flattened into cells, state
 * numbering and newer deadline phrasings — scored against answer keys. The scores are printed
 * per document so a change that helps one shape and hurts another shows.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parsePlanTextDetailed } from "../../../src/domain/plan-text/parse-plan";
import type { Plan } from "../../../src/domain/types";

interface AnswerKey {
  file: string;
  header: Pick<Plan, "docNumber" | "kind" | "place" | "parentIssuer" | "issuer" | "subject"> & { issuedOn: string | null; signerName: string };
  /** Each task: words it starts with (or contains), and its deadline. */
  tasks: Array<[string, string | null]>;
  /** Problems that must be reported. */
  flagged?: string[];
}

const KEYS: AnswerKey[] = [
  {
    file: "ke-hoach-173-KH-UBND-pdf-text.txt",
    header: {
      docNumber: "173/KH-UBND",
      kind: "KH",
      issuedOn: "2026-03-12",
      place: "Quảng Trị",
      parentIssuer: null,
      issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
      subject: "Triển khai thực hiện chuyển đổi số trong cơ quan nhà nước trên địa bàn tỉnh năm 2026",
      signerName: "Hoàng Nam",
    },
    tasks: [
      ["Sở Khoa học và Công nghệ chủ trì xây dựng Kiến trúc", "2026-06-30"],
      ["Văn phòng Ủy ban nhân dân tỉnh nâng cấp", "2026-09-30"],
      ["Sở Nội vụ hướng dẫn số hóa", "2026-12-31"],
      ["Các sở, ban, ngành và Ủy ban nhân dân các huyện", "2026-09-30"],
      ["Công an tỉnh phối hợp", "2026-06-30"],
      ["Sở Tài chính bố trí kinh phí", "2026-04-15"],
      ["Các cơ quan, đơn vị định kỳ hằng quý", null],
    ],
  },
  {
    file: "thong-bao-557-TB-HU-ocr.txt",
    header: {
      docNumber: "557-TB/HU",
      kind: "TB",
      issuedOn: "2026-05-20",
      place: "Hương Sơn",
      parentIssuer: null,
      issuer: "HUYỆN ỦY HƯƠNG SƠN",
      subject: "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
      signerName: "Lê Văn Hòa",
    },
    tasks: [
      ["Ủy ban nhân dân huyện chỉ đạo rà soát", "2026-06-15"],
      ["Đảng ủy các xã, thị trấn lãnh đạo kiểm tra", "2026-06-30"],
      ["Ban Tuyên giáo Huyện ủy định hướng", "2026-07-31"],
      ["Mặt trận Tổ quốc và các đoàn thể", "2026-09-30"],
      ["Giao Văn phòng Huyện ủy theo dõi", "2026-10-31"],
    ],
  },
  {
    file: "chuong-trinh-CTr-TU-so-trong.txt",
    header: {
      docNumber: "",
      kind: "CTr",
      issuedOn: null,
      place: "Quảng Ngãi",
      parentIssuer: null,
      issuer: "TỈNH ỦY QUẢNG NGÃI",
      subject:
        "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
      signerName: "Nguyễn Văn Minh",
    },
    tasks: [
      ["Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì", "2026-09-30"],
      ["Đảng đoàn Hội đồng nhân dân tỉnh", "2026-12-31"],
      ["Chỉ đạo xây dựng Đề án phát triển hạ tầng số", "2026-12-31"],
      ["Bố trí tối thiểu 3%", "2030-12-31"],
      ["Ban Tổ chức Tỉnh ủy tham mưu", "2027-06-30"],
      ["Văn phòng Tỉnh ủy theo dõi", null],
    ],
    flagged: ["planText.numberBlank", "planText.issueDayBlank"],
  },
  {
    file: "ke-hoach-96-KH-HU-gach-dau-dong.txt",
    header: {
      docNumber: "96-KH/HU",
      kind: "KH",
      issuedOn: "2026-06-05",
      place: "Cẩm Xuyên",
      parentIssuer: "ĐẢNG BỘ TỈNH HÀ TĨNH",
      issuer: "HUYỆN ỦY CẨM XUYÊN",
      subject: "kiểm tra, giám sát việc thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp",
      signerName: "Trần Quốc Bảo",
    },
    tasks: [
      ["Tăng cường công tác tuyên truyền", null],
      ["Rà soát, bổ sung quy hoạch cán bộ cấp ủy", "2026-07-31"],
      ["Ban Tổ chức Huyện ủy chủ trì thẩm định", "2026-09-30"],
      ["Ban Tuyên giáo Huyện ủy chủ trì xây dựng", "2026-09-30"],
      ["Ban Tổ chức, Ban Tuyên giáo và Văn phòng", "2026-10-31"],
      ["Kiểm tra việc chuẩn bị văn kiện", "2026-11-30"],
      ["Giám sát việc giải quyết đơn thư", "2026-12-15"],
      ["Xây dựng kế hoạch cụ thể", null],
      ["Báo cáo kết quả về Ban Thường vụ Huyện ủy", "2026-12-20"],
    ],
  },
  {
    file: "ke-hoach-42-KH-DU-phu-luc.txt",
    header: {
      docNumber: "42-KH/ĐU",
      kind: "KH",
      issuedOn: "2026-04-10",
      place: "Thủ Dầu Một",
      parentIssuer: "ĐẢNG BỘ TỈNH BÌNH DƯƠNG",
      issuer: "ĐẢNG ỦY SỞ Y TẾ",
      subject: "thực hiện Nghị quyết Đại hội Đảng bộ Sở Y tế lần thứ IV năm 2026",
      signerName: "Phạm Thị Lan",
    },
    tasks: [
      ["Các chi bộ, đảng bộ cơ sở xây dựng kế hoạch", "2026-04-30"],
      ["Văn phòng Đảng ủy theo dõi, tổng hợp", "2026-12-15"],
      ["Xây dựng quy chế làm việc của Ban Chấp hành", "2026-06-30"],
      ["Tổ chức hội nghị quán triệt Nghị quyết", "2026-05-31"],
      ["Kiểm tra việc thực hiện quy chế dân chủ", "2026-12-31"],
      ["Rà soát, bổ sung quy hoạch cán bộ", "2026-12-31"],
      ["Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW", null],
      ["Nâng cao chất lượng sinh hoạt chi bộ", "2030-12-31"],
      ["Đánh giá, xếp loại chất lượng tổ chức đảng", "2026-12-31"],
    ],
    flagged: ["planText.appendixRowUnclear"],
  },
  {
    file: "cong-van-2150-UBND-KT-thoi-han.txt",
    header: {
      docNumber: "2150/UBND-KT",
      kind: "CV",
      issuedOn: "2026-04-02",
      place: "Nghệ An",
      parentIssuer: null,
      issuer: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
      subject: "V/v triển khai các giải pháp thúc đẩy giải ngân vốn đầu tư công năm 2026",
      signerName: "Nguyễn Văn Đệ",
    },
    tasks: [
      ["Sở Tài chính chủ trì rà soát", "2026-06-30"],
      ["Sở Xây dựng kiểm tra", "2026-12-31"],
      ["Sở Nông nghiệp và Môi trường", "2026-10-31"],
      ["Các chủ đầu tư lập kế hoạch", "2026-04-15"],
      ["UBND các huyện, thành phố, thị xã tập trung", "2030-12-31"],
      ["Sở Tài chính tổng hợp kết quả", "2027-01-05"],
      ["Các sở, ban, ngành định kỳ hằng tháng", null],
    ],
  },
  {
    // Written after the parser was tuned on the six above, as a check on over-fitting: before
    // its two fixes (a space before the slash of "Số: 88 /KH-UBND", "thực hiện trong năm 2026")
    // it scored header 4/8, tasks 7/7, deadlines 6/7.
    file: "ke-hoach-88-KH-UBND-ocr-held-out.txt",
    header: {
      docNumber: "88/KH-UBND",
      kind: "KH",
      issuedOn: "2026-04-14",
      place: "Đức Thọ",
      parentIssuer: null,
      issuer: "ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ",
      subject: "Cải cách hành chính năm 2026 trên địa bàn huyện",
      signerName: "Nguyễn Hữu Sơn",
    },
    tasks: [
      ["Tham mưu kiện toàn tổ chức bộ máy", "2026-09-30"],
      ["Kiểm tra công tác cải cách hành chính tại 10 xã", "2026-10-30"],
      ["Rà soát, công bố danh mục thủ tục hành chính", "2026-06-15"],
      ["Vận hành Bộ phận Một cửa", "2026-08-31"],
      ["Phòng Tài chính - Kế hoạch chủ trì thẩm định", "2026-05-31"],
      ["UBND các xã, thị trấn đẩy mạnh thanh toán trực tuyến", "2026-12-31"],
      ["Các cơ quan, đơn vị báo cáo kết quả", "2026-12-05"],
    ],
  },
];

const squeeze = (s: string) => s.replace(/\s+/gu, " ").trim();

interface Score {
  file: string;
  headerRight: number;
  headerTotal: number;
  found: number;
  expected: number;
  deadlinesRight: number;
  extra: number;
  misses: string[];
}

function score(key: AnswerKey): Score {
  const text = readFileSync(join(__dirname, "..", "..", "fixtures", "plans", "shapes", key.file), "utf8");
  const { plan } = parsePlanTextDetailed(text);
  const misses: string[] = [];
  const actual: Record<string, unknown> = { ...plan, signerName: plan.signer?.name ?? "" };
  let headerRight = 0;
  for (const [field, expected] of Object.entries(key.header)) {
    if (actual[field] === expected) headerRight++;
    else misses.push(`${field}: ${JSON.stringify(actual[field])} ≠ ${JSON.stringify(expected)}`);
  }
  const unmatched = plan.tasks.map((t) => squeeze(`${t.assignee && !squeeze(t.text).startsWith(t.assignee) ? `${t.assignee}: ` : ""}${t.text}`));
  const taken = new Set<number>();
  let found = 0;
  let deadlinesRight = 0;
  for (const [words, deadline] of key.tasks) {
    const index = unmatched.findIndex((t, i) => !taken.has(i) && (t.startsWith(words) || t.includes(words)));
    if (index < 0) {
      misses.push(`task not found: ${words}`);
      continue;
    }
    taken.add(index);
    found++;
    if (plan.tasks[index].deadline === deadline) deadlinesRight++;
    else misses.push(`deadline of "${words}": ${plan.tasks[index].deadline} ≠ ${deadline}`);
  }
  const extra = plan.tasks.length - taken.size;
  if (extra > 0) misses.push(`extra tasks: ${unmatched.filter((_, i) => !taken.has(i)).map((t) => t.slice(0, 50)).join(" | ")}`);
  return { file: key.file, headerRight, headerTotal: Object.keys(key.header).length, found, expected: key.tasks.length, deadlinesRight, extra, misses };
}

const percent = (a: number, b: number) => (b === 0 ? 100 : Math.round((1000 * a) / b) / 10);

describe("plans in the shapes they arrive in", () => {
  const scores = KEYS.map(score);

  it("meets the targets: ≥ 95% header fields, ≥ 90% tasks, ≥ 95% deadlines of found tasks, few extras", () => {
    const sum = (f: (s: Score) => number) => scores.reduce((total, s) => total + f(s), 0);
    const rows = scores.map(
      (s) =>
        `${s.file.padEnd(40)} header ${percent(s.headerRight, s.headerTotal)}%  tasks ${s.found}/${s.expected}  deadlines ${s.deadlinesRight}/${s.found}  extra ${s.extra}` +
        (s.misses.length > 0 ? `\n    ${s.misses.join("\n    ")}` : ""),
    );
    const header = percent(sum((s) => s.headerRight), sum((s) => s.headerTotal));
    const recall = percent(sum((s) => s.found), sum((s) => s.expected));
    const deadlines = percent(sum((s) => s.deadlinesRight), sum((s) => s.found));
    const extra = sum((s) => s.extra);
    console.log(`${rows.join("\n")}\nOVERALL header ${header}%  tasks ${recall}%  deadlines ${deadlines}%  extra ${extra}`);
    expect(header).toBeGreaterThanOrEqual(95);
    expect(recall).toBeGreaterThanOrEqual(90);
    expect(deadlines).toBeGreaterThanOrEqual(95);
    expect(extra).toBeLessThanOrEqual(Math.ceil(sum((s) => s.expected) / 20));
  });

  it.each(KEYS.filter((k) => k.flagged))("flags what the user must fill or check in $file", (key) => {
    const text = readFileSync(join(__dirname, "..", "..", "fixtures", "plans", "shapes", key.file), "utf8");
    const { problems } = parsePlanTextDetailed(text);
    for (const flag of key.flagged ?? []) {
      const problem = problems.find((p) => p.key === flag);
      expect(problem).toBeDefined();
      expect(problem?.at?.line).toBeGreaterThan(0);
    }
  });
});
