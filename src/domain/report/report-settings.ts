/**
 * What a report says about who sends it and how it is printed. Kept in the workbook (the
 * "Sổ báo cáo" sheet) so staff edit it in Excel; defaults come from the plan and from the guide
 * on the form of party documents (Hướng dẫn 36-HD/VPTW, 2018). Quy định 399-QĐ/TW (2026)
 * replaced the 2017 rules on party documents and the guide may follow it, so sizes, margins
 * and the signature wording are settings, not constants.
 */
import type { Plan, Signer } from "../types";
import type { CutoffConvention } from "./period";

export interface ReportMargins {
  /** Millimetres. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ReportFontSizes {
  /** "BÁO CÁO" (15–16 in the guide). */
  title: number;
  /** Body text and section titles (14–15). */
  body: number;
  /** Table cells. */
  table: number;
  /** The "Nơi nhận" list. */
  recipients: number;
}

export interface ReportSettings {
  /** Cơ quan cấp trên, e.g. "ĐẢNG BỘ TỈNH BÌNH PHƯỚC". */
  parentBody: string;
  /** Cơ quan ban hành, e.g. "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP". */
  issuingBody: string;
  /** The issuer's symbol after the kind in a number: "ĐUK" in 25-BC/ĐUK. */
  issuerCode: string;
  /** Địa danh on the date line, e.g. "Bình Phước". */
  place: string;
  convention: CutoffConvention;
  signer: Signer;
  recipients: string[];
  /** Where the report is emailed (the provincial committee's office); null: not set. */
  email: string | null;
  margins: ReportMargins;
  fontSizes: ReportFontSizes;
}

/** Commonly used margins for A4 party documents: top/bottom 20 mm, left 30 mm, right 15 mm. */
export const DEFAULT_MARGINS: ReportMargins = { top: 20, bottom: 20, left: 30, right: 15 };
export const DEFAULT_FONT_SIZES: ReportFontSizes = { title: 15, body: 14, table: 12, recipients: 12 };

/** "13-KH/ĐUK" → "ĐUK": the part after the slash. */
export function issuerCodeOf(docNumber: string): string {
  const slash = docNumber.indexOf("/");
  return slash >= 0 ? docNumber.slice(slash + 1).trim() : "";
}

/**
 * A plan's recipients that a report goes to as well: those it reports to ("… (báo cáo)") and
 * the office's own file copy ("Lưu …").
 */
function reportRecipients(plan: Plan): string[] {
  const kept = plan.recipients.filter((r) => /\bbáo cáo\b/i.test(r) || /^lưu\b/i.test(r.trim()));
  return kept.length > 0 ? kept : ["Lưu Văn phòng"];
}

export function defaultReportSettings(plan: Plan): ReportSettings {
  return {
    parentBody: plan.parentIssuer ?? "",
    issuingBody: plan.issuer ?? "",
    issuerCode: issuerCodeOf(plan.docNumber),
    place: plan.place ?? "",
    convention: "calendar",
    signer: plan.signer ?? { authority: "T/M BAN THƯỜNG VỤ", title: "", name: "" },
    recipients: reportRecipients(plan),
    email: null,
    margins: { ...DEFAULT_MARGINS },
    fontSizes: { ...DEFAULT_FONT_SIZES },
  };
}
