import type { CatalogSection } from "../catalog-section";

/** What Excel would refuse in a change (layout/excel-rules), found by either host before anything is written. */
export const excelRulesMessages = {
  "excel.sheetName.empty": {
    vi: "Tên trang tính không được để trống",
    en: "A sheet name cannot be empty",
  },
  "excel.sheetName.tooLong": {
    vi: "Tên trang tính \"{name}\" dài {length} ký tự; Excel cho phép tối đa 31 ký tự",
    en: "Sheet name \"{name}\" has {length} characters; Excel allows at most 31",
  },
  "excel.sheetName.forbiddenChar": {
    vi: "Tên trang tính \"{name}\" chứa ký tự {char}, Excel không cho phép các ký tự : \\ / ? * [ ]",
    en: "Sheet name \"{name}\" contains {char}; Excel does not allow : \\ / ? * [ ]",
  },
  "excel.sheetName.quoteAtEdge": {
    vi: "Tên trang tính \"{name}\" không được bắt đầu hoặc kết thúc bằng dấu nháy đơn (')",
    en: "Sheet name \"{name}\" cannot begin or end with an apostrophe (')",
  },
  "excel.sheetName.reserved": {
    vi: "Excel dành riêng tên \"History\", không đặt được cho trang tính",
    en: "Excel reserves the name \"History\"; a sheet cannot use it",
  },
  "excel.sheetName.duplicate": {
    vi: "Đã có trang tính tên \"{name}\" (Excel không phân biệt chữ hoa, chữ thường)",
    en: "There is already a sheet named \"{name}\" (Excel ignores case)",
  },
  "excel.sheet.missing": {
    vi: "Sổ tính không có trang tính \"{name}\"",
    en: "The workbook has no sheet \"{name}\"",
  },
  "excel.sheet.lastVisible": {
    vi: "Phải còn ít nhất một trang tính hiện; không ẩn được trang \"{name}\"",
    en: "At least one sheet must stay visible; cannot hide \"{name}\"",
  },
  "excel.sheet.activateHidden": {
    vi: "Không chọn được trang tính \"{name}\" vì trang đang bị ẩn",
    en: "Cannot activate sheet \"{name}\": it is hidden",
  },
  "excel.template.unknown": {
    vi: "Trang mẫu \"{name}\" không được tạo trong cùng lần thay đổi này",
    en: "Template sheet \"{name}\" was not created in this change",
  },
  "excel.template.tableNames": {
    vi: "Trang \"{name}\" cần {expected} tên bảng cho các bảng của trang mẫu, nhưng có {actual}",
    en: "Sheet \"{name}\" needs {expected} table names for the template's tables, but has {actual}",
  },
  "excel.range.invalid": {
    vi: "Địa chỉ ô không hợp lệ: \"{range}\"",
    en: "Invalid cell address: \"{range}\"",
  },
  "excel.cells.ragged": {
    vi: "Khối ô bắt đầu tại {cell} có các dòng dài ngắn khác nhau",
    en: "The block of cells at {cell} has rows of different lengths",
  },
  "excel.merge.overlap": {
    vi: "Vùng gộp ô {range} chồng lên một vùng gộp khác",
    en: "Merged range {range} overlaps another merged range",
  },
  "excel.table.nameInvalid": {
    vi: "Tên bảng \"{name}\" không hợp lệ: chỉ dùng chữ, số, dấu gạch dưới, bắt đầu bằng chữ hoặc dấu gạch dưới",
    en: "Invalid table name \"{name}\": use letters, digits and underscores, starting with a letter or underscore",
  },
  "excel.table.nameDuplicate": {
    vi: "Tên bảng \"{name}\" đã được dùng trong sổ tính",
    en: "Table name \"{name}\" is already used in the workbook",
  },
  "excel.table.overlap": {
    vi: "Bảng \"{name}\" chồng lên bảng \"{other}\"",
    en: "Table \"{name}\" overlaps table \"{other}\"",
  },
  "excel.name.invalid": {
    vi: "Tên định nghĩa \"{name}\" không hợp lệ trong Excel",
    en: "\"{name}\" is not a valid Excel defined name",
  },
  "excel.name.notRange": {
    vi: "Tên \"{name}\" phải trỏ tới một vùng ô tuyệt đối của một trang tính, ví dụ ='Trang'!$B$2",
    en: "Name \"{name}\" must refer to an absolute range of one sheet, such as ='Sheet'!$B$2",
  },
  "excel.list.tooLong": {
    vi: "Danh sách chọn của ô {range} dài quá 255 ký tự, Excel không chấp nhận",
    en: "The drop-down list of {range} is longer than Excel's 255 characters",
  },
  "excel.list.itemComma": {
    vi: "Mục \"{item}\" của danh sách chọn chứa dấu phẩy, Excel sẽ tách nó thành hai mục",
    en: "Drop-down item \"{item}\" contains a comma, which Excel would split into two items",
  },
} satisfies CatalogSection;
