import type { CatalogSection } from "../catalog-section";

/** Messages shared by every part: file and input errors. */
export const commonMessages = {
  "file.unreadable": {
    vi: "Không đọc được tệp {file}: {reason}",
    en: "Cannot read file {file}: {reason}",
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
} satisfies CatalogSection;
