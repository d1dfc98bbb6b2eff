import type { CatalogSection } from "../catalog-section";

/** Messages of the .xlsx file host: opening and saving files, and changes it refuses to write. */
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
  "xlsx.sheetName.empty": {
    vi: "Tên trang tính không được để trống",
    en: "A sheet name cannot be empty",
  },
  "xlsx.sheetName.tooLong": {
    vi: "Tên trang tính \"{name}\" dài {length} ký tự; Excel cho phép tối đa 31 ký tự",
    en: "Sheet name \"{name}\" has {length} characters; Excel allows at most 31",
  },
  "xlsx.sheetName.forbiddenChar": {
    vi: "Tên trang tính \"{name}\" chứa ký tự {char}, Excel không cho phép các ký tự : \\ / ? * [ ]",
    en: "Sheet name \"{name}\" contains {char}; Excel does not allow : \\ / ? * [ ]",
  },
  "xlsx.sheetName.quoteAtEdge": {
    vi: "Tên trang tính \"{name}\" không được bắt đầu hoặc kết thúc bằng dấu nháy đơn (')",
    en: "Sheet name \"{name}\" cannot begin or end with an apostrophe (')",
  },
  "xlsx.sheetName.reserved": {
    vi: "Excel dành riêng tên \"History\", không đặt được cho trang tính",
    en: "Excel reserves the name \"History\"; a sheet cannot use it",
  },
  "xlsx.sheetName.duplicate": {
    vi: "Đã có trang tính tên \"{name}\" (Excel không phân biệt chữ hoa, chữ thường)",
    en: "There is already a sheet named \"{name}\" (Excel ignores case)",
  },
  "xlsx.sheet.missing": {
    vi: "Sổ tính không có trang tính \"{name}\"",
    en: "The workbook has no sheet \"{name}\"",
  },
  "xlsx.sheet.lastVisible": {
    vi: "Phải còn ít nhất một trang tính hiện; không ẩn được trang \"{name}\"",
    en: "At least one sheet must stay visible; cannot hide \"{name}\"",
  },
  "xlsx.sheet.activateHidden": {
    vi: "Không chọn được trang tính \"{name}\" vì trang đang bị ẩn",
    en: "Cannot activate sheet \"{name}\": it is hidden",
  },
  "xlsx.template.unknown": {
    vi: "Trang mẫu \"{name}\" không được tạo trong cùng lần thay đổi này",
    en: "Template sheet \"{name}\" was not created in this change",
  },
  "xlsx.template.tableNames": {
    vi: "Trang \"{name}\" cần {expected} tên bảng cho các bảng của trang mẫu, nhưng có {actual}",
    en: "Sheet \"{name}\" needs {expected} table names for the template's tables, but has {actual}",
  },
  "xlsx.range.invalid": {
    vi: "Địa chỉ ô không hợp lệ: \"{range}\"",
    en: "Invalid cell address: \"{range}\"",
  },
  "xlsx.cells.ragged": {
    vi: "Khối ô bắt đầu tại {cell} có các dòng dài ngắn khác nhau",
    en: "The block of cells at {cell} has rows of different lengths",
  },
  "xlsx.merge.overlap": {
    vi: "Vùng gộp ô {range} chồng lên một vùng gộp khác",
    en: "Merged range {range} overlaps another merged range",
  },
  "xlsx.table.nameInvalid": {
    vi: "Tên bảng \"{name}\" không hợp lệ: chỉ dùng chữ, số, dấu gạch dưới, bắt đầu bằng chữ hoặc dấu gạch dưới",
    en: "Invalid table name \"{name}\": use letters, digits and underscores, starting with a letter or underscore",
  },
  "xlsx.table.nameDuplicate": {
    vi: "Tên bảng \"{name}\" đã được dùng trong sổ tính",
    en: "Table name \"{name}\" is already used in the workbook",
  },
  "xlsx.table.overlap": {
    vi: "Bảng \"{name}\" chồng lên bảng \"{other}\"",
    en: "Table \"{name}\" overlaps table \"{other}\"",
  },
  "xlsx.name.invalid": {
    vi: "Tên định nghĩa \"{name}\" không hợp lệ trong Excel",
    en: "\"{name}\" is not a valid Excel defined name",
  },
  "xlsx.name.notRange": {
    vi: "Tên \"{name}\" phải trỏ tới một vùng ô tuyệt đối, ví dụ ='Trang'!$B$2 (tệp .xlsx chỉ ghi được loại này)",
    en: "Name \"{name}\" must refer to an absolute range such as ='Sheet'!$B$2 (the only kind the .xlsx host writes)",
  },
} satisfies CatalogSection;
