/**
 * Realistic plans and unit lists of any size, for scale tests and the benchmark: long
 * Vietnamese unit names that share their first 31 characters, the seed plan's task texts,
 * deadlines spread over a year.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { addDays } from "../../src/domain/calendar-date";
import type { IsoDate, Plan, Task, TaskCode, Unit, UnitCode } from "../../src/domain/types";

const BODIES = [
  "Sở Tài chính", "Sở Y tế", "Sở Khoa học và Công nghệ", "Bệnh viện Đa khoa tỉnh", "Trường Chính trị tỉnh",
  "Công ty TNHH MTV Cao su", "Ban Quản lý Khu kinh tế tỉnh", "Liên đoàn Lao động tỉnh", "Kho bạc Nhà nước tỉnh",
  "Cục Thuế tỉnh", "Đài Phát thanh - Truyền hình", "Ngân hàng Nhà nước Việt Nam, Chi nhánh tỉnh",
];
/** The seed plan's own task texts (300–700 characters each), so sizes are those of a real plan. */
const SEED_TEXTS: string[] = (JSON.parse(readFileSync(path.join(__dirname, "../../examples/plan-13-KH-DUK.json"), "utf8")) as { tasks: Array<{ text: string }> }).tasks.map((t) => t.text);

export function generatedPlan(taskCount: number): Plan {
  const start = "2020-01-15" as IsoDate;
  const tasks: Task[] = Array.from({ length: taskCount }, (_, i) => ({
    code: `NV${String(i + 1).padStart(2, "0")}` as TaskCode,
    text: `${SEED_TEXTS[i % SEED_TEXTS.length]} (nội dung ${i + 1})`,
    deadline: i % 4 === 3 ? null : addDays(start, 7 * i),
    assignee: i % 2 === 0 ? "Bí thư các chi, đảng bộ cơ sở" : null,
    section: i < taskCount / 2 ? "II. NHIỆM VỤ VÀ GIẢI PHÁP" : "III. TỔ CHỨC THỰC HIỆN",
  }));
  return {
    docNumber: "13-KH/ĐUK",
    kind: "KH",
    issuedOn: "2019-12-02" as IsoDate,
    place: "Bình Phước",
    parentIssuer: "ĐẢNG BỘ TỈNH BÌNH PHƯỚC",
    issuer: "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP",
    subject: "Thực hiện Kết luận số 50-KL/TW của Ban Bí thư về phát triển khoa học và công nghệ",
    references: [{ docNumber: "50-KL/TW", date: "2019-05-30" as IsoDate, issuer: "Ban Bí thư" }],
    tasks,
    signer: { authority: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "Nguyễn Phúc Hậu" },
    recipients: ["BTV Tỉnh ủy (báo cáo)", "Các chi, đảng bộ cơ sở", "Lưu VP, TG ĐUK"],
  };
}

export function generatedUnits(count: number): Unit[] {
  return Array.from({ length: count }, (_, i) => {
    const partyBody = i % 3 === 0 ? "Chi bộ" : "Đảng bộ";
    const body = BODIES[i % BODIES.length];
    return {
      code: `DV${String(i + 1).padStart(3, "0")}` as UnitCode,
      name: `${partyBody} ${body}${i >= BODIES.length ? ` số ${Math.floor(i / BODIES.length) + 1}` : ""}`,
      kind: partyBody === "Chi bộ" ? "chi bộ" : "đảng bộ cơ sở",
      head: "Nguyễn Văn An",
      email: `dv${i + 1}@binhphuoc.example.vn`,
      members: 10 + ((i * 37) % 200),
    };
  });
}
