import type { CatalogSection } from "../catalog-section";

/** Messages of the .xlsx file host: opening and saving files. */
export const xlsxHostMessages = {
  "xlsx.open.notFound": {
    vi: "Không tìm thấy tệp {file}",
    en: "File not found: {file}",
  },
  "xlsx.open.unreadable": {
    vi: "Không đọc được tệp {file} (không có quyền đọc, hoặc đó là một thư mục)",
    en: "Cannot read file {file} (no permission, or it is a folder)",
  },
  "xlsx.open.notXlsx": {
    vi: "Tệp {file} không phải là sổ tính Excel (.xlsx)",
    en: "File {file} is not an Excel workbook (.xlsx)",
  },
  "xlsx.open.corrupt": {
    vi: "Tệp {file} bị hỏng: không mở được như một sổ tính Excel (.xlsx)",
    en: "File {file} is damaged: it cannot be opened as an Excel workbook (.xlsx)",
  },
  "xlsx.save.failed": {
    vi: "Không ghi được tệp {file}; tệp cũ (nếu có) vẫn được giữ nguyên",
    en: "Could not write file {file}; the previous file (if any) is unchanged",
  },
} satisfies CatalogSection;
