/** Small plans and unit lists for the tracker tests, and reading a tracker back as the engine does. */
import type { IsoDate, Plan, Task, TaskCode, Unit, UnitCode } from "../../../../src/domain/types";
import { readTracker, trackerFirstReads, trackerRereads, trackerSecondReads, type TrackerRead } from "../../../../src/layout/tracker";
import type { WorkbookSnapshot, ReadRequest } from "../../../../src/layout/workbook-host";

export const TODAY = "2019-12-15" as IsoDate;

export function task(n: number, deadline: string | null = null): Task {
  const code = `NV${String(n).padStart(2, "0")}` as TaskCode;
  return { code, text: `Nhiệm vụ số ${n}: phổ biến, quán triệt kết luận`, deadline: deadline as IsoDate | null, assignee: n % 2 ? "Các chi bộ" : null, section: "III. TỔ CHỨC THỰC HIỆN" };
}

export function unit(n: number, name?: string): Unit {
  return {
    code: `DV${String(n).padStart(3, "0")}` as UnitCode,
    name: name ?? `Chi bộ Sở số ${n}`,
    kind: n % 3 === 0 ? "đảng bộ cơ sở" : "chi bộ",
    head: `Nguyễn Văn ${n}`,
    email: `dv${n}@example.vn`,
    members: 10 + n,
  };
}

export function plan(tasks: Task[]): Plan {
  return {
    docNumber: "13-KH/ĐUK",
    kind: "KH",
    issuedOn: "2019-12-02" as IsoDate,
    place: "Bình Phước",
    parentIssuer: "ĐẢNG BỘ TỈNH BÌNH PHƯỚC",
    issuer: "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP",
    subject: "Thực hiện Kết luận số 50-KL/TW của Ban Bí thư",
    references: [
      { docNumber: "206-KH/TU", date: "2019-11-13" as IsoDate, issuer: "Ban Thường vụ Tỉnh ủy" },
      { docNumber: "50-KL/TW" },
    ],
    tasks,
    signer: { authority: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "Nguyễn Văn A" },
    recipients: ["Ban Tuyên giáo Tỉnh ủy", "Lưu Văn phòng"],
  };
}

export interface Snapshotter {
  snapshot(requests: ReadRequest[]): WorkbookSnapshot | Promise<WorkbookSnapshot>;
}

export async function readBack(host: Snapshotter): Promise<TrackerRead> {
  const first = await host.snapshot(trackerFirstReads());
  const second = await host.snapshot(trackerSecondReads(first));
  const rereads = trackerRereads(first, second);
  return readTracker(first, second, rereads.length > 0 ? await host.snapshot(rereads) : null);
}
