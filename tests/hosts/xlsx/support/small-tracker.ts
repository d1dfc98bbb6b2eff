/** A small plan and unit list for building a tracker through the engine and the xlsx host. */
import type { IsoDate, Plan, Task, TaskCode, Unit, UnitCode } from "../../../../src/domain/types";

export const TODAY = "2019-12-16" as IsoDate;

export function task(n: number, deadline: string | null): Task {
  return {
    code: `NV${String(n).padStart(2, "0")}` as TaskCode,
    text: `Nhiệm vụ ${n}: tổ chức quán triệt Kết luận số 50-KL/TW đến cán bộ, đảng viên`,
    deadline: deadline as IsoDate | null,
    assignee: "Các chi bộ, đảng bộ cơ sở",
    section: "III. TỔ CHỨC THỰC HIỆN",
  };
}

export const UNITS: Unit[] = [
  { code: "DV001" as UnitCode, name: "Chi bộ Văn phòng Đảng ủy Khối", kind: "chi bộ", head: "Trần Thị B", email: "vp@example.vn", members: 12 },
  { code: "DV002" as UnitCode, name: "Đảng bộ Công ty Điện lực Bình Phước", kind: "đảng bộ cơ sở", head: "Lê Văn C", email: "pc@example.vn", members: 85 },
];

export function plan(taskCount: number): Plan {
  return {
    docNumber: "13-KH/ĐUK",
    kind: "KH",
    issuedOn: "2019-12-02" as IsoDate,
    place: "Bình Phước",
    parentIssuer: "ĐẢNG BỘ TỈNH BÌNH PHƯỚC",
    issuer: "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP",
    subject: "Tổ chức quán triệt, thực hiện Kết luận số 50-KL/TW",
    references: [{ docNumber: "50-KL/TW" }],
    tasks: Array.from({ length: taskCount }, (_, i) => task(i + 1, i % 2 === 0 ? "2019-12-20" : null)),
    signer: { authority: "T/M BAN THƯỜNG VỤ", title: "PHÓ BÍ THƯ", name: "Nguyễn Văn A" },
    recipients: ["Ban Tuyên giáo Tỉnh ủy", "Lưu Văn phòng"],
  };
}
