import type { CatalogSection } from "../catalog-section";

/**
 * Messages of the Office.js host: what Excel itself refused while a change was applied, and what
 * an older Excel (below ExcelApi 1.9) made it leave out.
 */
export const excelHostMessages = {
  "excelHost.excelRefused": {
    vi: "Excel từ chối thao tác ({code}): {message}",
    en: "Excel refused the operation ({code}): {message}",
  },
  "excelHost.sheetPassword": {
    vi: "Trang tính \"{sheet}\" được khóa bằng mật khẩu nên Excel không cho ghi vào. Chưa có gì được ghi: hãy bỏ khóa trang tính này (Xem lại > Bỏ bảo vệ trang tính) rồi làm lại.",
    en: "The sheet \"{sheet}\" is protected with a password, so Excel lets nothing be written to it. Nothing was written: unprotect that sheet (Review > Unprotect Sheet) and try again.",
  },
  "excelHost.degraded.dataValidation": {
    vi: "Excel này (ExcelApi {version}) không hỗ trợ danh sách chọn và kiểm tra dữ liệu nhập (như ô trạng thái); công thức kiểm tra hạn vẫn hoạt động.",
    en: "This Excel (ExcelApi {version}) has no drop-down lists or entry checks (such as the status cells); the deadline formulas still work.",
  },
  "excelHost.degraded.printLayout": {
    vi: "Excel này (ExcelApi {version}) không hỗ trợ thiết lập trang in; trang tính in theo mặc định của Excel, nội dung vẫn đầy đủ.",
    en: "This Excel (ExcelApi {version}) cannot set up printing; the sheet prints with Excel's defaults, its content complete.",
  },
  "excelHost.degraded.newWorkbook": {
    vi: "Excel này (ExcelApi {version}) không mở được sổ làm việc mới; báo cáo đã được tải về thành tệp.",
    en: "This Excel (ExcelApi {version}) cannot open a new workbook; the report was downloaded as a file instead.",
  },
} satisfies CatalogSection;
