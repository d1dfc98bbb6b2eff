import type { CatalogSection } from "../catalog-section";

/** Messages shared by every part: file and input errors. */
export const commonMessages = {
  "file.unreadable": {
    vi: "Không đọc được tệp {file}: {reason}",
    en: "Cannot read file {file}: {reason}",
  },
  "file.unwritable": {
    vi: "Không ghi được tệp {file}: {reason}",
    en: "Cannot write file {file}: {reason}",
  },
  "file.notFound": {
    vi: "Không tìm thấy tệp {file}",
    en: "File not found: {file}",
  },
  "json.invalid": {
    vi: "Tệp {file} không phải JSON hợp lệ: {reason}",
    en: "File {file} is not valid JSON: {reason}",
  },
  "date.invalid": {
    vi: "Ngày không hợp lệ: {value}",
    en: "Invalid date: {value}",
  },
  "at.file": { vi: "tệp {file}", en: "file {file}" },
  "at.line": { vi: "dòng {line}", en: "line {line}" },
  "at.sheet": { vi: "trang tính \"{sheet}\"", en: "sheet \"{sheet}\"" },
  "at.cell": { vi: "ô {cell}", en: "cell {cell}" },
  "at.field": { vi: "mục {field}", en: "field {field}" },
} satisfies CatalogSection;
