import type { CatalogSection } from "../catalog-section";

/**
 * Messages of the task pane, the ribbon commands page and `npm start`.
 * The two "pane.unsupported.*" messages are also inlined into taskpane.html at build time
 * (webpack.config.js), where old Office on Internet Explorer 11 cannot run the bundle.
 */
export const taskpaneMessages = {
  "pane.title": { vi: "Theo dõi kế hoạch", en: "Plan Tracker" },
  "pane.language": { vi: "Ngôn ngữ", en: "Language" },
  "pane.language.vi": { vi: "Tiếng Việt", en: "Tiếng Việt" },
  "pane.language.en": { vi: "English", en: "English" },
  "pane.language.viShort": { vi: "VI", en: "VI" },
  "pane.language.enShort": { vi: "EN", en: "EN" },
  "pane.unsupported.title": {
    vi: "Hãy cập nhật Office hoặc dùng Excel trên web",
    en: "Please update Office or use Excel on the web",
  },
  "pane.unsupported.body": {
    vi: "Phiên bản Office này hiển thị ngăn tác vụ bằng trình duyệt cũ (Internet Explorer hoặc Edge cũ) mà phần bổ trợ không hỗ trợ.",
    en: "This version of Office shows task panes in an old browser (Internet Explorer or the old Edge), which this add-in does not support.",
  },
  "pane.notInExcel": {
    vi: "Hãy mở ngăn này từ Excel (thẻ Trang đầu → Sổ theo dõi).",
    en: "Open this pane from Excel (Home tab → Tracker).",
  },
  "pane.excelTooOld": {
    vi: "Phiên bản Excel này chưa hỗ trợ ExcelApi 1.8. Hãy cập nhật Office hoặc dùng Excel trên web.",
    en: "This version of Excel lacks ExcelApi 1.8. Please update Office or use Excel on the web.",
  },
  "pane.tab.tracker": { vi: "Sổ theo dõi", en: "Tracker" },
  "pane.tab.plan": { vi: "Nhập kế hoạch", en: "Import plan" },
  "pane.tab.check": { vi: "Kiểm tra hạn", en: "Check deadlines" },
  "pane.working": { vi: "Đang xử lý…", en: "Working…" },
  "pane.unexpectedError": {
    vi: "Lỗi không mong đợi: {message}",
    en: "Unexpected error: {message}",
  },
  "pane.problems": { vi: "Cần sửa", en: "To fix" },
  "pane.warnings": { vi: "Lưu ý", en: "Notes" },

  "pane.tracker.heading.create": { vi: "Tạo sổ theo dõi", en: "Build the tracker" },
  "pane.tracker.heading.update": { vi: "Cập nhật sổ theo dõi", en: "Update the tracker" },
  "pane.tracker.intro": {
    vi: "Sổ theo dõi được tạo từ trang Kế hoạch và trang Đơn vị của chính sổ này: mỗi đơn vị một trang, kèm cột kiểm tra hạn.",
    en: "The tracker is built from this workbook's Kế hoạch and Đơn vị sheets: one sheet per unit, with a deadline check column.",
  },
  "pane.tracker.planRead": {
    vi: "Trang Kế hoạch: kế hoạch {plan}, {tasks} nhiệm vụ.",
    en: "Kế hoạch sheet: plan {plan}, {tasks} tasks.",
  },
  "pane.tracker.unitsRead": {
    vi: "Trang Đơn vị: {units} đơn vị.",
    en: "Đơn vị sheet: {units} units.",
  },
  "pane.tracker.noPlan": {
    vi: "Chưa có kế hoạch trong trang Kế hoạch. Hãy dùng thẻ Nhập kế hoạch.",
    en: "The Kế hoạch sheet holds no plan yet. Use the Import plan tab.",
  },
  "pane.tracker.noUnits": {
    vi: "Chưa có đơn vị nào trong trang Đơn vị. Hãy nhập danh sách đơn vị (mã, tên, loại, người đứng đầu, email, số đảng viên).",
    en: "The Đơn vị sheet holds no units yet. Enter the unit list (code, name, kind, head, email, members).",
  },
  "pane.tracker.firstRun": {
    vi: "Sổ này chưa có trang Kế hoạch và trang Đơn vị. Tạo hai trang trống để nhập liệu?",
    en: "This workbook has no Kế hoạch and Đơn vị sheets yet. Create them empty to fill in?",
  },
  "pane.tracker.createInputSheets": { vi: "Tạo trang Kế hoạch và Đơn vị", en: "Create the Kế hoạch and Đơn vị sheets" },
  "pane.tracker.inputSheetsCreated": {
    vi: "Đã tạo trang Kế hoạch và trang Đơn vị. Hãy nhập kế hoạch và danh sách đơn vị, rồi tạo sổ theo dõi.",
    en: "The Kế hoạch and Đơn vị sheets are ready. Enter the plan and the unit list, then build the tracker.",
  },
  "pane.tracker.build": { vi: "Tạo sổ theo dõi", en: "Build the tracker" },
  "pane.tracker.rebuild": { vi: "Cập nhật sổ theo dõi", en: "Update the tracker" },
  "pane.tracker.reload": { vi: "Đọc lại sổ", en: "Re-read the workbook" },
  "pane.tracker.done": {
    vi: "Xong: sổ theo dõi có {units} trang đơn vị.",
    en: "Done: the tracker has {units} unit sheets.",
  },
  "pane.tracker.report.heading": { vi: "Những gì đã thay đổi", en: "What changed" },
  "pane.report.sheetsAdded": { vi: "Đã thêm {count} trang: {names}.", en: "Added {count} sheets: {names}." },
  "pane.report.tasksAdded": { vi: "Nhiệm vụ mới ({count}): {codes}.", en: "New tasks ({count}): {codes}." },
  "pane.report.unitsAdded": { vi: "Đơn vị mới ({count}): {codes}.", en: "New units ({count}): {codes}." },
  "pane.report.tasksMarkedRemoved": {
    vi: "Nhiệm vụ không còn trong kế hoạch, đã đánh dấu \"Đã bỏ\" (dữ liệu giữ nguyên): {codes}.",
    en: "Tasks no longer in the plan, marked removed (their data kept): {codes}.",
  },
  "pane.report.unitsMarkedRemoved": {
    vi: "Đơn vị không còn trong danh sách, đã đánh dấu \"Đã bỏ\" (trang giữ nguyên): {codes}.",
    en: "Units no longer listed, marked removed (their sheets kept): {codes}.",
  },
  "pane.report.tasksRestored": { vi: "Nhiệm vụ được khôi phục: {codes}.", en: "Tasks restored: {codes}." },
  "pane.report.unitsRestored": { vi: "Đơn vị được khôi phục: {codes}.", en: "Units restored: {codes}." },
  "pane.report.sheetRenamed": {
    vi: "Trang của đơn vị {unit} đã đổi tên từ \"{from}\" thành \"{to}\".",
    en: "The sheet of unit {unit} was renamed from \"{from}\" to \"{to}\".",
  },
  "pane.report.planChanged": {
    vi: "Kế hoạch, {field}: \"{from}\" → \"{to}\".",
    en: "Plan, {field}: \"{from}\" → \"{to}\".",
  },
  "pane.report.taskChanged": {
    vi: "Nhiệm vụ {task}, {field}: \"{from}\" → \"{to}\".",
    en: "Task {task}, {field}: \"{from}\" → \"{to}\".",
  },
  "pane.report.unitChanged": {
    vi: "Đơn vị {unit}, {field}: \"{from}\" → \"{to}\".",
    en: "Unit {unit}, {field}: \"{from}\" → \"{to}\".",
  },
  "pane.report.rowRestored": {
    vi: "Dòng nhiệm vụ {task} bị xóa ở trang đơn vị {unit} đã được thêm lại.",
    en: "The deleted row of task {task} on unit {unit}'s sheet was added back.",
  },
  "pane.report.extraColumnKept": {
    vi: "Cột \"{header}\" do người dùng thêm ở trang \"{sheet}\" được giữ nguyên.",
    en: "Column \"{header}\" that a user added on sheet \"{sheet}\" was left as is.",
  },
  "pane.report.entriesKept": {
    vi: "Giữ nguyên {count} dòng dữ liệu đã nhập.",
    en: "Kept {count} rows of entered data.",
  },
  "pane.report.overviewRebuilt": { vi: "Trang Tổng quan đã được dựng lại.", en: "The Tổng quan sheet was rebuilt." },
  "pane.tracker.report.nothing": { vi: "Không có gì thay đổi.", en: "Nothing changed." },

  "pane.units.heading": { vi: "Nhập danh sách đơn vị", en: "Import the unit list" },
  "pane.units.intro": {
    vi: "Mở tệp .csv hoặc .xlsx có các cột code, name, kind, head, email, members, hoặc tiêu đề như trang Đơn vị (Mã ĐV, Tên đơn vị, Loại, Bí thư/Người đứng đầu, Email, Số đảng viên). Xem trước, rồi mới ghi.",
    en: "Open a .csv or .xlsx file with columns code, name, kind, head, email, members, or headed like the Đơn vị sheet (Mã ĐV, Tên đơn vị, Loại, Bí thư/Người đứng đầu, Email, Số đảng viên). Preview first, then write.",
  },
  "pane.units.openFile": { vi: "Mở tệp .csv hoặc .xlsx", en: "Open a .csv or .xlsx file" },
  "pane.units.fileUnsupported": {
    vi: "Tệp {file} không phải .csv hoặc .xlsx.",
    en: "File {file} is not a .csv or .xlsx file.",
  },
  "pane.units.noSheet": { vi: "Tệp {file} không có trang tính nào để đọc.", en: "File {file} has no sheet to read." },
  "pane.units.summary": {
    vi: "Tệp {file}: {count} đơn vị — {added} mới, {updated} thay đổi, {unchanged} không đổi.",
    en: "File {file}: {count} units — {added} new, {updated} changed, {unchanged} unchanged.",
  },
  "pane.units.invalid": {
    vi: "Tệp {file} có {count} lỗi nên chưa ghi gì. Hãy sửa tệp rồi mở lại.",
    en: "File {file} has {count} problems, so nothing was written. Fix the file and open it again.",
  },
  "pane.units.firstRows": { vi: "Các dòng đầu của tệp", en: "First rows of the file" },
  "pane.units.moreRows": { vi: "… và {count} đơn vị nữa.", en: "… and {count} more units." },
  "pane.units.added": { vi: "Sẽ thêm mới ({count})", en: "To add ({count})" },
  "pane.units.updated": { vi: "Sẽ cập nhật ({count})", en: "To update ({count})" },
  "pane.units.unitLine": { vi: "{code} — {name}", en: "{code} — {name}" },
  "pane.units.change": { vi: "{field}: \"{from}\" → \"{to}\"", en: "{field}: \"{from}\" → \"{to}\"" },
  "pane.units.restored": {
    vi: "bỏ đánh dấu \"Đã bỏ\": đơn vị trở lại kế hoạch",
    en: "no longer marked removed: the unit is back in the plan",
  },
  "pane.units.blank": { vi: "(trống)", en: "(blank)" },
  "pane.units.mergeRule": {
    vi: "Ghi theo mã đơn vị: mã mới được thêm, mã đã có được cập nhật. Đơn vị có trong trang Đơn vị mà không có trong tệp được giữ nguyên, không bị xóa.",
    en: "Matched by unit code: new codes are added, existing ones updated. Units on the Đơn vị sheet that the file does not list are kept as they are, not deleted.",
  },
  "pane.units.kept": {
    vi: "Giữ nguyên {count} đơn vị không có trong tệp.",
    en: "{count} units not in the file stay as they are.",
  },
  "pane.units.nothingToWrite": {
    vi: "Trang Đơn vị đã đúng như tệp: không có gì để ghi.",
    en: "The Đơn vị sheet already matches the file: nothing to write.",
  },
  "pane.units.sheetProblems": {
    vi: "Trang Đơn vị có dòng không đọc được (xem phần Lưu ý ở trên). Hãy sửa các dòng đó trước khi nhập, để không tạo đơn vị trùng mã.",
    en: "The Đơn vị sheet has rows that cannot be read (see the notes above). Fix them before importing, so no unit is added twice.",
  },
  "pane.units.sheetChanged": {
    vi: "Trang Đơn vị vừa thay đổi: xem trước đã được cập nhật, hãy kiểm tra lại rồi ghi.",
    en: "The Đơn vị sheet has just changed: the preview was updated; check it again, then write.",
  },
  "pane.units.write": { vi: "Ghi vào trang Đơn vị", en: "Write into the Đơn vị sheet" },
  "pane.units.cancel": { vi: "Hủy", en: "Cancel" },
  "pane.units.saved": {
    vi: "Đã ghi vào trang Đơn vị: {added} đơn vị mới, {updated} đơn vị cập nhật. Bấm \"{action}\" để tạo trang cho đơn vị mới.",
    en: "Written into the Đơn vị sheet: {added} new units, {updated} updated. Click \"{action}\" to make the new units' sheets.",
  },

  "pane.plan.heading": { vi: "Nhập kế hoạch", en: "Import the plan" },
  "pane.plan.intro": {
    vi: "Dán nội dung văn bản (kế hoạch, công văn…) hoặc mở tệp .txt/.docx; kiểm tra, sửa rồi lưu vào trang Kế hoạch. Cũng có thể nhập tay từ đầu.",
    en: "Paste the document's text (plan, dispatch…) or open a .txt/.docx file; review, fix, then save it into the Kế hoạch sheet. You can also type it from scratch.",
  },
  "pane.plan.pasteLabel": { vi: "Nội dung văn bản", en: "Document text" },
  "pane.plan.pastePlaceholder": {
    vi: "Dán toàn văn kế hoạch vào đây…",
    en: "Paste the full text of the plan here…",
  },
  "pane.plan.parse": { vi: "Phân tích văn bản", en: "Read the text" },
  "pane.plan.openFile": { vi: "Mở tệp .txt hoặc .docx", en: "Open a .txt or .docx file" },
  "pane.plan.fromScratch": { vi: "Nhập tay từ đầu", en: "Type it from scratch" },
  "pane.plan.fileUnsupported": {
    vi: "Tệp {file} không phải .txt hoặc .docx.",
    en: "File {file} is not a .txt or .docx file.",
  },
  "pane.plan.fileUnreadable": {
    vi: "Không đọc được tệp {file}: {reason}",
    en: "Cannot read file {file}: {reason}",
  },
  "pane.plan.parsed": {
    vi: "Đã đọc {tasks} nhiệm vụ. Hãy kiểm tra từng trường trước khi lưu.",
    en: "Read {tasks} tasks. Check every field before saving.",
  },
  "pane.plan.field.docNumber": { vi: "Số và ký hiệu", en: "Number" },
  "pane.plan.field.kind": { vi: "Loại văn bản", en: "Kind" },
  "pane.plan.field.issuedOn": { vi: "Ngày ban hành", en: "Issued on" },
  "pane.plan.field.place": { vi: "Địa danh", en: "Place" },
  "pane.plan.field.parentIssuer": { vi: "Cơ quan cấp trên", en: "Parent body" },
  "pane.plan.field.issuer": { vi: "Cơ quan ban hành", en: "Issuing body" },
  "pane.plan.field.subject": { vi: "Trích yếu", en: "Subject" },
  "pane.plan.field.references": { vi: "Căn cứ (mỗi dòng một số hiệu)", en: "Implements (one number a line)" },
  "pane.plan.field.signer": { vi: "Người ký", en: "Signed by" },
  "pane.plan.field.signerAuthority": { vi: "Thay mặt", en: "On behalf of" },
  "pane.plan.field.signerTitle": { vi: "Chức vụ", en: "Title" },
  "pane.plan.field.signerName": { vi: "Họ tên", en: "Name" },
  "pane.plan.field.recipients": { vi: "Nơi nhận (mỗi dòng một nơi)", en: "Recipients (one a line)" },
  "pane.plan.tasks": { vi: "Nhiệm vụ", en: "Tasks" },
  "pane.plan.task.code": { vi: "Mã NV", en: "Code" },
  "pane.plan.task.text": { vi: "Nội dung nhiệm vụ", en: "Task" },
  "pane.plan.task.deadline": { vi: "Hạn hoàn thành", en: "Deadline" },
  "pane.plan.task.assignee": { vi: "Đơn vị thực hiện", en: "Assigned to" },
  "pane.plan.task.remove": { vi: "Xóa nhiệm vụ {code}", en: "Remove task {code}" },
  "pane.plan.task.add": { vi: "Thêm nhiệm vụ", en: "Add a task" },
  "pane.plan.datePlaceholder": { vi: "dd/mm/yyyy", en: "dd/mm/yyyy" },
  "pane.plan.dateInvalid": {
    vi: "\"{value}\" không phải ngày dd/mm/yyyy có thật",
    en: "\"{value}\" is not a real dd/mm/yyyy date",
  },
  "pane.plan.required": { vi: "Cần nhập", en: "Required" },
  "pane.plan.fixFields": {
    vi: "Còn {count} chỗ cần sửa (đánh dấu đỏ bên dưới).",
    en: "{count} fields need fixing (marked in red below).",
  },
  "pane.plan.noTasks": { vi: "Kế hoạch cần ít nhất một nhiệm vụ", en: "The plan needs at least one task" },
  "pane.plan.badTaskCode": {
    vi: "Mã \"{value}\" không hợp lệ (chữ không dấu, số, - và _, tối đa 20 ký tự)",
    en: "Code \"{value}\" is invalid (plain letters, digits, - and _, at most 20 characters)",
  },
  "pane.plan.duplicateCode": { vi: "Mã nhiệm vụ {code} bị trùng", en: "Task code {code} is used twice" },
  "pane.plan.save": { vi: "Lưu vào trang Kế hoạch", en: "Save into the Kế hoạch sheet" },
  "pane.plan.saved": {
    vi: "Đã lưu kế hoạch {plan} vào trang Kế hoạch. Tiếp theo: thẻ Sổ theo dõi.",
    en: "Plan {plan} saved into the Kế hoạch sheet. Next: the Tracker tab.",
  },
  "pane.plan.discard": { vi: "Làm lại từ đầu", en: "Start over" },

  "pane.check.heading": { vi: "Kiểm tra hạn", en: "Check deadlines" },
  "pane.check.asOf": { vi: "Tính đến ngày", en: "As of" },
  "pane.check.run": { vi: "Kiểm tra", en: "Check" },
  "pane.check.summary": {
    vi: "Tính đến {date}: {late} đơn vị có nhiệm vụ quá hạn, {soon} đơn vị có nhiệm vụ sắp đến hạn, trên tổng số {units} đơn vị.",
    en: "As of {date}: {late} units have late tasks, {soon} have tasks due soon, out of {units} units.",
  },
  "pane.check.lateUnits": { vi: "Đơn vị chậm", en: "Late units" },
  "pane.check.noLateUnits": { vi: "Không có đơn vị nào quá hạn.", en: "No unit is late." },
  "pane.check.lateUnit": {
    vi: "{name}: {count} nhiệm vụ quá hạn ({tasks})",
    en: "{name}: {count} late tasks ({tasks})",
  },
  "pane.check.done": { vi: "Hoàn thành", en: "Done" },
  "pane.check.dataProblems": { vi: "Lỗi dữ liệu", en: "Data problems" },
  "pane.check.byUnit": { vi: "Theo từng đơn vị", en: "By unit" },
  "pane.check.unit": { vi: "Đơn vị", en: "Unit" },

  "pane.tab.report": { vi: "Báo cáo", en: "Report" },
  "pane.report.heading": { vi: "Báo cáo định kỳ", en: "Periodic report" },
  "pane.report.intro": {
    vi: "Lập báo cáo tổng hợp gửi cấp trên từ số liệu của sổ theo dõi, theo thể thức báo cáo của Đảng. Số liệu chốt tại ngày cuối kỳ; báo cáo đã lập không thay đổi khi sổ thay đổi.",
    en: "Make the summary report for the higher committee from the tracker, in the form of a party report. Figures are as of the period's last day; a report made never changes when the tracker does.",
  },
  "pane.report.kind": { vi: "Kỳ báo cáo", en: "Period" },
  "pane.report.kind.month": { vi: "Tháng", en: "Month" },
  "pane.report.kind.quarter": { vi: "Quý", en: "Quarter" },
  "pane.report.kind.half": { vi: "6 tháng đầu năm", en: "First half-year" },
  "pane.report.kind.nineMonths": { vi: "9 tháng đầu năm", en: "First nine months" },
  "pane.report.kind.year": { vi: "Năm", en: "Year" },
  "pane.report.kind.custom": { vi: "Từ ngày … đến ngày …", en: "From … to …" },
  "pane.report.month": { vi: "Tháng", en: "Month" },
  "pane.report.quarter": { vi: "Quý", en: "Quarter" },
  "pane.report.year": { vi: "Năm", en: "Year" },
  "pane.report.from": { vi: "Từ ngày", en: "From" },
  "pane.report.to": { vi: "Đến ngày", en: "To" },
  "pane.report.yearInvalid": { vi: "Năm cần 4 chữ số, ví dụ 2019", en: "A year has 4 digits, e.g. 2019" },
  "pane.report.rangeInvalid": { vi: "Ngày kết thúc phải sau ngày bắt đầu", en: "The end must come after the start" },
  "pane.report.convention": { vi: "Chốt số liệu", en: "Cut-off" },
  "pane.report.convention.tracker": { vi: "Theo cài đặt trong Sổ báo cáo", en: "As set in the register sheet" },
  "pane.report.convention.calendar": { vi: "Theo tháng dương lịch", en: "Calendar months" },
  "pane.report.convention.nd09": { vi: "Theo Nghị định 09/2019/NĐ-CP (ngày 15 – ngày 14)", en: "Decree 09/2019/NĐ-CP (15th to 14th)" },
  "pane.report.preview": { vi: "Xem số liệu", en: "Show the figures" },
  "pane.report.range": { vi: "{period}: số liệu từ {from} đến {to}.", en: "{period}: figures from {from} to {to}." },
  "pane.report.headline": {
    vi: "{reported}/{units} đơn vị đã báo cáo; hoàn thành {done}/{applicable} lượt nhiệm vụ ({rate}); {overdue} lượt quá hạn ở {late} đơn vị.",
    en: "{reported}/{units} units reported; {done}/{applicable} assignments completed ({rate}); {overdue} overdue in {late} units.",
  },
  "pane.report.number": { vi: "Số báo cáo", en: "Report number" },
  "pane.report.numberHint": {
    vi: "Gợi ý theo Sổ báo cáo: {suggested}. Để trống nếu văn thư ghi số khi ký (Số   -BC/{code}).",
    en: "Suggested from the register: {suggested}. Leave blank if the clerk numbers it at signing (Số   -BC/{code}).",
  },
  "pane.report.numberInvalid": { vi: "Số báo cáo là một số nguyên dương", en: "The number is a positive whole number" },
  "pane.report.date": { vi: "Ngày báo cáo", en: "Report date" },
  "pane.report.make": { vi: "Lập báo cáo", en: "Make the report" },
  "pane.report.exists": {
    vi: "Đã có báo cáo kỳ này (số {number}, trang \"{sheet}\"). Lập lại sẽ thay trang đó; các báo cáo khác giữ nguyên.",
    en: "This period's report exists (No. {number}, sheet \"{sheet}\"). Making it again replaces that sheet; other reports stay.",
  },
  "pane.report.replace": { vi: "Lập lại, thay trang \"{sheet}\"", en: "Make it again, replacing \"{sheet}\"" },
  "pane.report.made": { vi: "Đã lập Báo cáo số {number}, {period} (trang \"{sheet}\").", en: "Report {number}, {period} made (sheet \"{sheet}\")." },
  "pane.report.madeAgain": { vi: "Đã lập lại Báo cáo số {number}, {period} (trang \"{sheet}\").", en: "Report {number}, {period} made again (sheet \"{sheet}\")." },
  "pane.report.next": { vi: "Tiếp theo: kiểm tra trang báo cáo, rồi tạo tệp gửi và soạn email.", en: "Next: check the report sheet, then make the file to send and the email." },
  "pane.report.handOff": { vi: "Tạo tệp gửi", en: "Make the file to send" },
  "pane.report.handOffOpened": {
    vi: "Đã mở báo cáo trong một sổ mới (chỉ có số liệu, không liên kết với sổ theo dõi): hãy lưu với tên {file}.",
    en: "The report is open in a new workbook (values only, no link to the tracker): save it as {file}.",
  },
  "pane.report.handOffDownloaded": {
    vi: "Đã tải xuống tệp {file} (chỉ có số liệu, không liên kết với sổ theo dõi).",
    en: "Downloaded {file} (values only, no link to the tracker).",
  },
  "pane.report.email": { vi: "Soạn email", en: "Write the email" },
  "pane.report.emailOpened": { vi: "Đã mở thư nháp gửi {to}: đính kèm tệp {file} rồi gửi.", en: "A draft to {to} is open: attach {file} and send it." },
  "pane.report.emailNoAddress": {
    vi: "Đã mở thư nháp. Chưa có địa chỉ nhận: điền ô \"Email nhận báo cáo\" trong trang Sổ báo cáo để lần sau tự điền.",
    en: "A draft is open. No address yet: fill \"Email nhận báo cáo\" on the Sổ báo cáo sheet to have it filled in next time.",
  },
  "pane.report.notMadeHere": {
    vi: "Chỉ tạo tệp gửi và email cho báo cáo vừa lập. Với báo cáo đã lập trước, hãy lập lại kỳ đó hoặc chép trang báo cáo sang sổ mới (chuột phải vào thẻ trang → Di chuyển hoặc Sao chép).",
    en: "The file and email are made for the report just made. For an earlier one, make it again or copy its sheet to a new workbook (right-click the tab → Move or Copy).",
  },
  "pane.report.register": { vi: "Các báo cáo đã lập", en: "Reports made" },
  "pane.report.registerEmpty": { vi: "Chưa lập báo cáo nào.", en: "No report made yet." },
  "pane.report.col.period": { vi: "Kỳ", en: "Period" },
  "pane.report.col.number": { vi: "Số", en: "No." },
  "pane.report.col.cutoff": { vi: "Chốt số liệu", en: "Cut-off" },
  "pane.report.col.file": { vi: "Tệp gửi", en: "File sent" },
  "pane.report.settingsHint": {
    vi: "Người ký, nơi nhận, email nhận, lề và cỡ chữ: sửa trong trang Sổ báo cáo.",
    en: "Signer, recipients, email address, margins and sizes: edit them on the Sổ báo cáo sheet.",
  },

  "pane.help.title": { vi: "Theo dõi kế hoạch — hướng dẫn nhanh", en: "Plan Tracker — quick guide" },
  "pane.help.open": {
    vi: "Mở ngăn: thẻ Trang đầu → nút Sổ theo dõi.",
    en: "Open the pane: Home tab → Tracker button.",
  },
  "pane.help.step1": {
    vi: "Nhập kế hoạch: dán toàn văn kế hoạch hoặc mở tệp .docx, kiểm tra các nhiệm vụ, hạn hoàn thành, rồi lưu vào trang Kế hoạch.",
    en: "Import plan: paste the plan's full text or open its .docx, check the tasks and deadlines, then save into the Kế hoạch sheet.",
  },
  "pane.help.step2": {
    vi: "Nhập danh sách đơn vị vào trang Đơn vị (mã, tên, loại, người đứng đầu, email, số đảng viên).",
    en: "Enter the unit list in the Đơn vị sheet (code, name, kind, head, email, members).",
  },
  "pane.help.step3": {
    vi: "Sổ theo dõi: bấm Tạo sổ theo dõi; mỗi đơn vị có một trang. Khi kế hoạch hoặc đơn vị thay đổi, bấm Cập nhật sổ theo dõi: dữ liệu đã nhập được giữ nguyên.",
    en: "Tracker: click Build the tracker; each unit gets a sheet. When the plan or the units change, click Update the tracker: what was typed is kept.",
  },
  "pane.help.step4": {
    vi: "Kiểm tra hạn: chọn ngày, xem đơn vị nào quá hạn hoặc sắp đến hạn. Cột Kiểm tra hạn trong mỗi trang đơn vị luôn tự tính, kể cả khi không mở phần bổ trợ.",
    en: "Check deadlines: pick a date, see which units are late or due soon. The deadline check column of each unit sheet always recalculates, even without the add-in.",
  },
  "pane.help.requirements": {
    vi: "Cần Microsoft 365, Excel 2019 trở lên, hoặc Excel trên web.",
    en: "Requires Microsoft 365, Excel 2019 or later, or Excel on the web.",
  },

  "addin.start.serving": {
    vi: "Ngăn tác vụ đang chạy tại {url} (dừng: npm run stop).",
    en: "The task pane is served at {url} (stop: npm run stop).",
  },
  "addin.start.sideloadWeb": {
    vi: "Máy này không có Excel. Để dùng thử trong Excel trên web: mở một sổ trong Excel trên web → Trang đầu (hoặc Chèn) → Phần bổ trợ → Thêm phần bổ trợ / Tải lên phần bổ trợ của tôi → chọn tệp {manifest}.",
    en: "There is no Excel on this machine. To try it in Excel on the web: open a workbook in Excel on the web → Home (or Insert) → Add-ins → More add-ins / Upload My Add-in → choose {manifest}.",
  },
  "addin.start.trustCertificate": {
    vi: "Trình duyệt cần tin chứng chỉ phát triển: mở {url} một lần và chấp nhận chứng chỉ (hoặc cài {ca} làm chứng chỉ gốc tin cậy).",
    en: "The browser must trust the development certificate: open {url} once and accept it (or install {ca} as a trusted root).",
  },
} satisfies CatalogSection;
