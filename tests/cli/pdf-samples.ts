/** Inputs for the PDF tests: the seed plan laid out as printed, and a PDF with no text at all. */
import { planFixture } from "../domain/plan-text/fixture-text";

/** The seed plan 45-KH/TU with its two header columns in separate cells, as a word processor places them. */
export function seedPlanAsPrinted(): string {
  return planFixture("ke-hoach-45-KH-TU-lam-dong.txt")
    .replace("TỈNH ỦY LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY LÂM ĐỒNG\tĐẢNG CỘNG SẢN VIỆT NAM")
    .replace("Số 45-KH/TU Đà Lạt, ngày", "Số 45-KH/TU\tĐà Lạt, ngày");
}

/** A one-page PDF that only draws a filled rectangle: what a scanner's image-only PDF looks like to a text reader. */
export function imageOnlyPdf(): Buffer {
  const content = "0.5 g 72 72 451 698 re f";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/**
 * The appendix plan 42-KH/ĐU laid out as printed: body text (the header's right column in the
 * fourth column, the first three being the table's narrow ones), then its appendix as a real table.
 */
export function appendixPlanAsPrinted(): string {
  const rows = [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
    ["1", "Xây dựng quy chế làm việc của Ban Chấp hành Đảng bộ nhiệm kỳ 2025 - 2030", "Văn phòng Đảng ủy", "Các ban xây dựng Đảng", "Quý II/2026"],
    ["2", "Tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ lần thứ IV", "Ban Tuyên giáo Đảng ủy", "Văn phòng Đảng ủy", "Tháng 5/2026"],
    ["3", "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở", "Ủy ban Kiểm tra Đảng ủy", "Ban Tổ chức Đảng ủy", "Trước 31/12/2026"],
    ["4", "Rà soát, bổ sung quy hoạch cán bộ", "Ban Tổ chức Đảng ủy", "Các chi, đảng bộ cơ sở", "Năm 2026"],
    ["5", "Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị", "Ban Tuyên giáo Đảng ủy", "Các đoàn thể", "Thường xuyên"],
    ["6", "Nâng cao chất lượng sinh hoạt chi bộ", "Các chi bộ trực thuộc", "Văn phòng Đảng ủy", "2026 - 2030"],
    ["7", "Đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên", "", "", "Tháng 12/2026"],
  ];
  const body = planFixture("shapes/ke-hoach-42-KH-DU-phu-luc.txt").split("\n");
  const signed = body.indexOf("Phạm Thị Lan");
  return [
    ...body.slice(0, signed + 1).map((line) => line.replace(/^(ĐẢNG BỘ TỈNH BÌNH DƯƠNG) (ĐẢNG CỘNG SẢN VIỆT NAM)$/u, "$1\t\t\t$2").replace(/^(Số 42-KH\/ĐU) (Thủ Dầu Một,)/u, "$1\t\t\t$2")),
    "",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI",
    "(Kèm theo Kế hoạch số 42-KH/ĐU ngày 10/4/2026 của Đảng ủy Sở Y tế)",
    ...rows.map((row) => row.join("\t")),
  ].join("\n");
}
