import type { CatalogSection } from "../catalog-section";

/** Messages of the Office.js host: a change that Excel would refuse, found before anything is written. */
export const excelHostMessages = {
  "excelHost.sheetNameInvalid": {
    vi: "Tên trang tính \"{name}\" không hợp lệ trong Excel (tối đa 31 ký tự, không chứa : \\ / ? * [ ], không bắt đầu hay kết thúc bằng dấu ', không phải \"History\")",
    en: "\"{name}\" is not a valid Excel sheet name (at most 31 characters, none of : \\ / ? * [ ], no leading or trailing ', not \"History\")",
  },
  "excelHost.sheetNameTaken": {
    vi: "Sổ tính đã có trang tính tên \"{name}\" (Excel không phân biệt chữ hoa, chữ thường)",
    en: "The workbook already has a sheet named \"{name}\" (Excel ignores case)",
  },
  "excelHost.sheetMissing": {
    vi: "Không tìm thấy trang tính \"{name}\" trong sổ tính",
    en: "Sheet \"{name}\" was not found in the workbook",
  },
  "excelHost.tableNameTaken": {
    vi: "Tên bảng \"{name}\" đã được dùng trong sổ tính",
    en: "The table name \"{name}\" is already used in the workbook",
  },
  "excelHost.listTooLong": {
    vi: "Danh sách chọn của ô {range} dài quá 255 ký tự, Excel không chấp nhận",
    en: "The drop-down list of {range} is longer than Excel's 255 characters",
  },
  "excelHost.listItemComma": {
    vi: "Mục \"{item}\" của danh sách chọn chứa dấu phẩy, Excel sẽ tách nó thành hai mục",
    en: "Drop-down item \"{item}\" contains a comma, which Excel would split into two items",
  },
  "excelHost.excelRefused": {
    vi: "Excel từ chối thao tác ({code}): {message}",
    en: "Excel refused the operation ({code}): {message}",
  },
} satisfies CatalogSection;
