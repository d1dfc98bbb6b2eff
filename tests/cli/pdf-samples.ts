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
