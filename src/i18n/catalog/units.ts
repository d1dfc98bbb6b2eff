import type { CatalogSection } from "../catalog-section";

/** Messages about the unit list (CSV import and the Đơn vị sheet). */
export const unitMessages = {
  "units.csv.unclosedQuote": {
    vi: "dấu ngoặc kép chưa đóng",
    en: "unclosed quote",
  },
  "units.csv.missingColumn": {
    vi: "dòng tiêu đề thiếu cột \"{column}\" (cần: code,name,kind,head,email,members)",
    en: "the header row lacks column \"{column}\" (expected: code,name,kind,head,email,members)",
  },
  "units.csv.semicolons": {
    vi: "các cột được ngăn bằng dấu chấm phẩy (;), không phải dấu phẩy; hãy lưu lại tệp dạng CSV ngăn bằng dấu phẩy, hoặc mở tệp .xlsx",
    en: "the columns are separated by semicolons (;), not commas; save the file again as comma-separated CSV, or open the .xlsx",
  },
  "units.rows.noHeader": {
    vi: "không tìm thấy dòng tiêu đề có cột code và name (hoặc Mã ĐV và Tên đơn vị) trong {rows} dòng đầu",
    en: "no header row with columns code and name (or Mã ĐV and Tên đơn vị) in the first {rows} rows",
  },
  "units.rows.missingColumn": {
    vi: "dòng tiêu đề thiếu cột \"{column}\" (cần: Mã ĐV, Tên đơn vị, Loại, Bí thư/Người đứng đầu, Email, Số đảng viên)",
    en: "the header row lacks column \"{column}\" (expected: Mã ĐV, Tên đơn vị, Loại, Bí thư/Người đứng đầu, Email, Số đảng viên)",
  },
  "units.rows.flaggedSkipped": {
    vi: "đơn vị {code} được đánh dấu \"{flag}\" nên không được nhập",
    en: "unit {code} is marked \"{flag}\", so it is not imported",
  },
  "units.csv.empty": {
    vi: "không có đơn vị nào",
    en: "no units",
  },
  "units.badCode": {
    vi: "mã đơn vị \"{value}\" không hợp lệ (chỉ chữ không dấu, số, - và _, tối đa 20 ký tự)",
    en: "unit code \"{value}\" is invalid (plain letters, digits, - and _, at most 20 characters)",
  },
  "units.duplicateCode": {
    vi: "mã đơn vị \"{value}\" bị trùng (đã có ở dòng {first})",
    en: "unit code \"{value}\" is duplicated (first on line {first})",
  },
  "units.missingName": {
    vi: "thiếu tên đơn vị",
    en: "the unit name is missing",
  },
  "units.badKind": {
    vi: "loại đơn vị \"{value}\" không hợp lệ (chi bộ hoặc đảng bộ cơ sở)",
    en: "unit kind \"{value}\" is invalid (chi bộ or đảng bộ cơ sở)",
  },
  "units.badEmail": {
    vi: "địa chỉ email \"{value}\" không hợp lệ",
    en: "email address \"{value}\" is invalid",
  },
  "units.badMembers": {
    vi: "số đảng viên \"{value}\" phải là số nguyên không âm",
    en: "number of members \"{value}\" must be a whole number ≥ 0",
  },
} satisfies CatalogSection;
