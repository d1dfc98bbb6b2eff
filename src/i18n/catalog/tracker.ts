import type { CatalogSection } from "../catalog-section";

/**
 * The tracker workbook: sheet names, headers, labels written into the sheets, and the problems
 * found when reading a tracker back. The workbook itself is written in Vietnamese.
 */
export const trackerMessages = {

  "tracker.col.taskCode": { vi: "Mã NV", en: "Task code" },
  "tracker.col.taskText": { vi: "Nội dung nhiệm vụ", en: "Task" },
  "tracker.col.deadline": { vi: "Hạn hoàn thành", en: "Deadline" },
  "tracker.col.assignee": { vi: "Đơn vị/người thực hiện", en: "Assignee" },
  "tracker.col.section": { vi: "Phần/Mục", en: "Section" },
  "tracker.col.flag": { vi: "Tình trạng", en: "State" },
  "tracker.col.status": { vi: "Trạng thái", en: "Status" },
  "tracker.col.completedOn": { vi: "Ngày hoàn thành", en: "Completed on" },
  "tracker.col.reportRef": { vi: "Văn bản báo cáo", en: "Report reference" },
  "tracker.col.note": { vi: "Ghi chú", en: "Notes" },
  "tracker.col.check": { vi: "Kiểm tra hạn", en: "Deadline check" },
  "tracker.col.days": { vi: "Số ngày", en: "Days" },
  "tracker.col.unitCode": { vi: "Mã ĐV", en: "Unit code" },
  "tracker.col.unitName": { vi: "Tên đơn vị", en: "Unit" },
  "tracker.col.unitKind": { vi: "Loại", en: "Kind" },
  "tracker.col.unitHead": { vi: "Bí thư/Người đứng đầu", en: "Secretary/head" },
  "tracker.col.unitEmail": { vi: "Email", en: "Email" },
  "tracker.col.unitMembers": { vi: "Số đảng viên", en: "Members" },
  "tracker.col.unitSheet": { vi: "Sổ theo dõi", en: "Tracking sheet" },
  "tracker.col.holidayDate": { vi: "Ngày", en: "Date" },
  "tracker.col.holidayName": { vi: "Ngày nghỉ", en: "Holiday" },

  "tracker.flag.removed": { vi: "Đã bỏ", en: "Removed" },
  "tracker.link.openSheet": { vi: "Mở sổ", en: "Open" },
  "tracker.link.backToUnits": { vi: "← Danh sách đơn vị", en: "← Unit list" },
  "tracker.yes": { vi: "Có", en: "Yes" },
  "tracker.no": { vi: "Không", en: "No" },

  "tracker.plan.title": { vi: "THÔNG TIN KẾ HOẠCH", en: "PLAN" },
  "tracker.plan.docNumber": { vi: "Số, ký hiệu", en: "Number" },
  "tracker.plan.kind": { vi: "Loại văn bản", en: "Document kind" },
  "tracker.plan.issuedOn": { vi: "Ngày ban hành", en: "Issued on" },
  "tracker.plan.place": { vi: "Nơi ban hành", en: "Place" },
  "tracker.plan.parentIssuer": { vi: "Cơ quan cấp trên", en: "Parent body" },
  "tracker.plan.issuer": { vi: "Cơ quan ban hành", en: "Issuing body" },
  "tracker.plan.subject": { vi: "Trích yếu", en: "Subject" },
  "tracker.plan.references": { vi: "Căn cứ", en: "References" },
  "tracker.plan.signerAuthority": { vi: "Thẩm quyền ký", en: "Signing authority" },
  "tracker.plan.signerTitle": { vi: "Chức vụ người ký", en: "Signer's title" },
  "tracker.plan.signerName": { vi: "Người ký", en: "Signer" },
  "tracker.plan.recipients": { vi: "Nơi nhận", en: "Recipients" },
  "tracker.plan.tasksTitle": { vi: "DANH SÁCH NHIỆM VỤ", en: "TASKS" },
  "tracker.plan.referenceDate": { vi: "ngày", en: "dated" },
  "tracker.plan.referenceIssuer": { vi: "của", en: "by" },

  "tracker.settings.title": { vi: "CÀI ĐẶT", en: "SETTINGS" },
  "tracker.settings.dueSoonDays": { vi: "Số ngày báo trước (Sắp đến hạn)", en: "Due-soon window (days)" },
  "tracker.settings.workingDays": { vi: "Tính theo ngày làm việc", en: "Count working days" },
  "tracker.settings.shiftDeadline": { vi: "Hạn rơi vào ngày nghỉ thì dời sang ngày làm việc kế tiếp", en: "Move a deadline on a rest day to the next working day" },
  "tracker.settings.asOf": { vi: "Ngày đối chiếu", en: "As-of date" },

  "tracker.units.title": { vi: "DANH SÁCH ĐƠN VỊ", en: "UNITS" },
  "tracker.units.hint": {
    vi: "Gõ hoặc dán thêm đơn vị vào cuối bảng, rồi bấm \"Cập nhật sổ theo dõi\" để tạo sổ cho đơn vị mới.",
    en: "Type or paste more units at the end of the table, then press \"Update tracker\" to create their sheets.",
  },
  "tracker.unit.planLabel": { vi: "Kế hoạch", en: "Plan" },
  "tracker.unit.codeLabel": { vi: "Mã ĐV", en: "Unit code" },
  "tracker.holidays.title": { vi: "NGÀY NGHỈ (dùng khi tính theo ngày làm việc; có thể sửa, thêm)", en: "HOLIDAYS (used when counting working days; editable)" },

  "tracker.overview.title": { vi: "TỔNG QUAN TIẾN ĐỘ THỰC HIỆN", en: "PROGRESS OVERVIEW" },
  "tracker.overview.asOf": { vi: "Ngày đối chiếu", en: "As of" },
  "tracker.overview.byTask": { vi: "THEO NHIỆM VỤ", en: "BY TASK" },
  "tracker.overview.byUnit": { vi: "THEO ĐƠN VỊ", en: "BY UNIT" },
  "tracker.overview.done": { vi: "Hoàn thành", en: "Done" },
  "tracker.overview.late": { vi: "Quá hạn", en: "Late" },
  "tracker.overview.dueSoon": { vi: "Sắp đến hạn", en: "Due soon" },
  "tracker.overview.rate": { vi: "Tỷ lệ hoàn thành", en: "Completion rate" },
  "tracker.overview.total": { vi: "Tổng cộng", en: "Total" },
  "tracker.overview.chartTitle": { vi: "Tỷ lệ đơn vị hoàn thành theo nhiệm vụ", en: "Share of units done, by task" },

  "tracker.read.notTracker": {
    vi: "Sổ này chưa phải sổ theo dõi kế hoạch (không có trang _meta)",
    en: "This workbook is not a plan tracker yet (no _meta sheet)",
  },
  "tracker.read.newerSchema": {
    vi: "Sổ theo dõi được tạo bởi phiên bản mới hơn (cấu trúc {version}); hãy cập nhật phần bổ trợ",
    en: "The tracker was made by a newer version (schema {version}); update the add-in",
  },
  "tracker.read.sheetMissing": { vi: "Không tìm thấy trang \"{sheet}\"", en: "Sheet \"{sheet}\" not found" },
  "tracker.read.headerMissing": {
    vi: "Không tìm thấy dòng tiêu đề của bảng (cột \"{header}\")",
    en: "The table's header row (column \"{header}\") was not found",
  },
  "tracker.read.columnMissing": { vi: "Thiếu cột \"{header}\"", en: "Column \"{header}\" is missing" },
  "tracker.read.columnMoved": {
    vi: "Cột \"{header}\" đã bị chuyển chỗ (từ cột {from} sang cột {to}); vẫn đọc theo tên cột",
    en: "Column \"{header}\" was moved (from column {from} to {to}); read by its header",
  },
  "tracker.read.extraColumn": {
    vi: "Có cột do người dùng thêm: \"{header}\" (giữ nguyên, không ghi đè)",
    en: "Column added by a user: \"{header}\" (kept, never overwritten)",
  },
  "tracker.read.badDate": {
    vi: "\"{value}\" không phải ngày hợp lệ (nhập dạng dd/mm/yyyy)",
    en: "\"{value}\" is not a valid date (type it as dd/mm/yyyy)",
  },
  "tracker.read.dateAsText": {
    vi: "\"{value}\" được nhập dạng chữ, Excel không coi là ngày nên không tính hạn; hãy nhập lại ô này dưới dạng ngày",
    en: "\"{value}\" was entered as text, which Excel does not treat as a date, so no deadline check uses it; enter it again as a date",
  },
  "tracker.read.badNumber": { vi: "\"{value}\" không phải số", en: "\"{value}\" is not a number" },
  "tracker.read.badStatus": {
    vi: "Trạng thái \"{value}\" không có trong danh sách (Chưa thực hiện, Đang thực hiện, Hoàn thành, Không áp dụng)",
    en: "Status \"{value}\" is not in the list (Chưa thực hiện, Đang thực hiện, Hoàn thành, Không áp dụng)",
  },
  "tracker.read.badTaskCode": { vi: "Mã nhiệm vụ \"{value}\" không hợp lệ", en: "Task code \"{value}\" is invalid" },
  "tracker.read.duplicateTask": {
    vi: "Mã nhiệm vụ \"{code}\" bị trùng (đã có ở dòng {first})",
    en: "Task code \"{code}\" is duplicated (first on row {first})",
  },
  "tracker.read.missingTaskText": { vi: "Nhiệm vụ \"{code}\" chưa có nội dung", en: "Task \"{code}\" has no text" },
  "tracker.read.badSetting": {
    vi: "Giá trị cài đặt \"{value}\" không hợp lệ; dùng mặc định {fallback}",
    en: "Setting value \"{value}\" is invalid; using the default {fallback}",
  },
  "tracker.read.badKind": { vi: "Loại văn bản \"{value}\" không hợp lệ", en: "Document kind \"{value}\" is invalid" },
  "tracker.read.missingDocNumber": { vi: "Thiếu số, ký hiệu của kế hoạch", en: "The plan's number is missing" },
  "tracker.read.unitSheetMissing": {
    vi: "Không tìm thấy sổ của đơn vị {unit} (trang \"{sheet}\" đã bị xóa hoặc đổi tên mà mất ô mã đơn vị)",
    en: "The sheet of unit {unit} was not found (\"{sheet}\" was deleted, or renamed and lost its unit-code cell)",
  },
  "tracker.read.sheetRenamed": {
    vi: "Sổ của đơn vị {unit} đã được đổi tên từ \"{from}\" thành \"{to}\"",
    en: "The sheet of unit {unit} was renamed from \"{from}\" to \"{to}\"",
  },
  "tracker.read.rowMissing": {
    vi: "Sổ \"{sheet}\" thiếu dòng của nhiệm vụ {task} (có thể đã bị xóa)",
    en: "Sheet \"{sheet}\" has no row for task {task} (it may have been deleted)",
  },
  "tracker.read.unknownTaskRow": {
    vi: "Dòng có mã nhiệm vụ \"{code}\" không có trong kế hoạch; giữ nguyên",
    en: "A row has task code \"{code}\", which is not in the plan; kept as is",
  },
  "tracker.read.duplicateTaskRow": {
    vi: "Nhiệm vụ {code} có hai dòng (dòng {first} và {row}); chỉ đọc dòng {first}",
    en: "Task {code} has two rows ({first} and {row}); only row {first} is read",
  },
  "tracker.read.unitSheetDuplicate": {
    vi: "Hai trang cùng ghi mã đơn vị {unit}: \"{first}\" và \"{second}\"; dùng \"{first}\"",
    en: "Two sheets carry unit code {unit}: \"{first}\" and \"{second}\"; using \"{first}\"",
  },

  "tracker.build.unitCodeClash": {
    vi: "Hai mã đơn vị \"{first}\" và \"{second}\" chỉ khác nhau chữ hoa/thường; Excel coi là một",
    en: "Unit codes \"{first}\" and \"{second}\" differ only in case, which Excel treats as the same",
  },
  "tracker.build.measuresKept": {
    vi: "Kế hoạch mới có các chỉ tiêu \"{asked}\" nhưng sổ theo dõi giữ nguyên các cột đã có (\"{kept}\") để không mất số liệu đơn vị đã nhập",
    en: "The new plan has the measures \"{asked}\" but the tracker keeps its columns (\"{kept}\") so that no unit's figures are lost",
  },
  "tracker.build.dueSoonDaysKept": {
    vi: "Số ngày báo trước trên trang Kế hoạch được giữ nguyên; sửa trực tiếp trên trang nếu cần đổi",
    en: "The due-soon days on the Kế hoạch sheet are kept; change them on the sheet if needed",
  },
  "tracker.build.workingDaysKept": {
    vi: "Cài đặt \"Tính theo ngày làm việc\" trên trang Kế hoạch được giữ nguyên; sửa trực tiếp trên trang nếu cần đổi",
    en: "The working-days setting on the Kế hoạch sheet is kept; change it on the sheet if needed",
  },
  "tracker.build.shiftDeadlineKept": {
    vi: "Cài đặt dời hạn rơi vào ngày nghỉ trên trang Kế hoạch được giữ nguyên; sửa trực tiếp trên trang nếu cần đổi",
    en: "The setting that moves deadlines off rest days on the Kế hoạch sheet is kept; change it on the sheet if needed",
  },
  "tracker.build.duplicateTask": { vi: "Mã nhiệm vụ \"{code}\" bị trùng trong kế hoạch", en: "Task code \"{code}\" appears twice in the plan" },
  "tracker.build.duplicateUnit": { vi: "Mã đơn vị \"{code}\" bị trùng", en: "Unit code \"{code}\" appears twice" },
} satisfies CatalogSection;
