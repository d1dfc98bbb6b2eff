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
  "xlsx.open.empty": {
    vi: "Tệp {file} rỗng (0 byte): không phải là sổ tính Excel (.xlsx)",
    en: "File {file} is empty (0 bytes): it is not an Excel workbook (.xlsx)",
  },
  "xlsx.open.encrypted": {
    vi: "Tệp {file} được bảo vệ bằng mật khẩu (mã hóa) nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu), lưu lại rồi làm lại",
    en: "File {file} is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password), save it and try again",
  },
  "xlsx.open.xls": {
    vi: "Tệp {file} là sổ tính Excel 97–2003 (.xls), không phải là sổ tính Excel (.xlsx). Hãy mở tệp bằng Excel và lưu thành Sổ làm việc Excel (.xlsx)",
    en: "File {file} is an Excel 97–2003 workbook (.xls), not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel Workbook (.xlsx)",
  },
  "xlsx.open.ods": {
    vi: "Tệp {file} là bảng tính OpenDocument (.ods), không phải là sổ tính Excel (.xlsx). Hãy mở tệp bằng LibreOffice hoặc Excel và lưu thành .xlsx",
    en: "File {file} is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx). Open it in LibreOffice or Excel and save it as .xlsx",
  },
  "xlsx.open.strict": {
    vi: "Tệp {file} được lưu theo định dạng Strict Open XML mà tiện ích chưa đọc được. Hãy mở tệp bằng Excel và lưu thành Sổ làm việc Excel (.xlsx) thông thường",
    en: "File {file} is saved as Strict Open XML, which the add-in cannot read. Open it in Excel and save it as an ordinary Excel Workbook (.xlsx)",
  },
  "xlsx.open.missingSheet": {
    vi: "Tệp {file} bị hỏng: trang tính \"{sheet}\" không có phần dữ liệu ({part})",
    en: "File {file} is damaged: sheet \"{sheet}\" has no data part ({part})",
  },
  "xlsx.keep.otherSheet": {
    vi: "Tệp {file} có trang \"{sheet}\" không phải trang tính (trang hộp thoại hoặc trang macro cũ) mà tiện ích chưa giữ được khi ghi lại tệp, nên chưa ghi gì vào tệp. Hãy dựng sổ theo dõi vào một tệp mới",
    en: "File {file} has the sheet \"{sheet}\", which is not a worksheet (an old dialog or macro sheet) and which the add-in cannot keep when it writes the file, so nothing was written. Build the tracker into a new file",
  },
  "xlsx.keep.pivotTable": {
    vi: "Tệp {file} có bảng tổng hợp (PivotTable) trên trang \"{sheet}\" mà tiện ích chưa giữ được khi ghi lại tệp, nên chưa ghi gì vào tệp. Hãy dựng sổ theo dõi vào một tệp mới, hoặc vào bản sao của tệp đã bỏ bảng tổng hợp",
    en: "File {file} has a PivotTable on sheet \"{sheet}\", which the add-in cannot keep when it writes the file, so nothing was written. Build the tracker into a new file, or into a copy of the file without the PivotTable",
  },
  "xlsx.keep.sheetObjects": {
    vi: "Trang \"{sheet}\" của tệp {file} có nút điều khiển biểu mẫu, đối tượng nhúng (OLE), slicer hoặc timeline mà tiện ích chưa giữ được khi ghi lại tệp, nên chưa ghi gì vào tệp. Hãy dựng sổ theo dõi vào một tệp mới",
    en: "Sheet \"{sheet}\" of file {file} has form controls, embedded (OLE) objects, slicers or timelines, which the add-in cannot keep when it writes the file, so nothing was written. Build the tracker into a new file",
  },
  "xlsx.keep.macros": {
    vi: "Tệp {file} có macro (VBA) mà tiện ích không giữ được khi ghi lại tệp, nên chưa ghi gì vào tệp. Hãy dựng sổ theo dõi vào một tệp .xlsx mới",
    en: "File {file} has macros (VBA), which the add-in cannot keep when it writes the file, so nothing was written. Build the tracker into a new .xlsx file",
  },
  "xlsx.save.failed": {
    vi: "Không ghi được tệp {file}; tệp cũ (nếu có) vẫn được giữ nguyên",
    en: "Could not write file {file}; the previous file (if any) is unchanged",
  },
} satisfies CatalogSection;
