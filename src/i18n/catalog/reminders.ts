import type { CatalogSection } from "../catalog-section";

/**
 * Reminders to late units (đôn đốc): the reminder's text and email subject (in the language
 * asked for), the log sheet and the printable sheet (written in Vietnamese, like every sheet of
 * the tracker), and the problems of making, logging and printing them.
 */
export const reminderMessages = {

  "reminders.scope.late": { vi: "đơn vị có nhiệm vụ quá hạn", en: "units with late tasks" },
  "reminders.scope.silent": { vi: "đơn vị chưa báo cáo", en: "units that have not reported" },
  "reminders.scope.all": { vi: "đơn vị quá hạn, sắp đến hạn hoặc chưa báo cáo", en: "units late, due soon or silent" },
  "reminders.channel.email": { vi: "email", en: "email" },
  "reminders.channel.clipboard": { vi: "sao chép", en: "copied" },
  "reminders.channel.print": { vi: "bản in", en: "printed" },
  "reminders.channel.other": { vi: "khác", en: "other" },

  "reminders.text.about": { vi: "V/v đôn đốc thực hiện {kindName} số {docNumber}", en: "Re: carrying out {kindName} No. {docNumber}" },
  "reminders.text.salutation": { vi: "Kính gửi: {unit}", en: "To: {unit}" },
  "reminders.text.planRef": { vi: "{kindName} số {docNumber}{planDate}{subject}", en: "{kindName} No. {docNumber}{planDate}{subject}" },
  "reminders.text.planDate": { vi: " ngày {date}", en: " of {date}" },
  "reminders.text.planSubject": { vi: " về {subject}", en: " on {subject}" },
  "reminders.text.introLate": {
    vi: "Thực hiện {plan}, tính đến ngày {asOf}, đơn vị còn {count} nhiệm vụ quá hạn chưa hoàn thành:",
    en: "Under {plan}, as of {asOf} your unit has overdue tasks not yet completed ({count}):",
  },
  "reminders.text.introSilentLate": {
    vi: "Thực hiện {plan}, tính đến ngày {asOf}, đơn vị chưa báo cáo kết quả thực hiện nhiệm vụ nào; {count} nhiệm vụ sau đã quá hạn:",
    en: "Under {plan}, as of {asOf} your unit has not reported on any task; overdue tasks ({count}):",
  },
  "reminders.text.introSilent": {
    vi: "Thực hiện {plan}, tính đến ngày {asOf}, đơn vị chưa báo cáo kết quả thực hiện nhiệm vụ nào.",
    en: "Under {plan}, as of {asOf} your unit has not reported on any task.",
  },
  "reminders.text.introDueSoon": {
    vi: "Thực hiện {plan}, tính đến ngày {asOf}, đơn vị có {count} nhiệm vụ sắp đến hạn:",
    en: "Under {plan}, as of {asOf} your unit has tasks due soon ({count}):",
  },
  "reminders.text.dueSoonHeading": { vi: "Nhiệm vụ sắp đến hạn:", en: "Due soon:" },
  "reminders.text.lateItem": { vi: "- {code}: {text} (hạn {deadline}, {late}){round}.", en: "- {code}: {text} (due {deadline}, {late}){round}." },
  "reminders.text.lateDays": { vi: "quá hạn {days} {unit}", en: "{days} {unit} late" },
  "reminders.text.lateNoDays": { vi: "đã quá hạn", en: "overdue" },
  "reminders.text.dueSoonItem": { vi: "- {code}: {text} (hạn {deadline}, {left}){round}.", en: "- {code}: {text} (due {deadline}, {left}){round}." },
  "reminders.text.daysLeft": { vi: "còn {days} {unit}", en: "{days} {unit} left" },
  "reminders.text.dueToday": { vi: "đến hạn hôm nay", en: "due today" },
  "reminders.text.calendarDays": { vi: "ngày", en: "days" },
  "reminders.text.workingDays": { vi: "ngày làm việc", en: "working days" },
  "reminders.text.round": { vi: " (nhắc lần {round})", en: " (reminder {round})" },
  "reminders.text.request": {
    vi: "Đề nghị {unit} khẩn trương thực hiện và báo cáo kết quả về {body} (qua {office}) trước ngày {replyBy}.",
    en: "{unit} is asked to complete them without delay and report the results to {body} (through {office}) by {replyBy}.",
  },
  "reminders.text.requestSilent": {
    vi: "Đề nghị {unit} khẩn trương báo cáo kết quả thực hiện về {body} (qua {office}) trước ngày {replyBy}.",
    en: "{unit} is asked to report its results to {body} (through {office}) by {replyBy}.",
  },
  "reminders.text.closing": { vi: "Trân trọng.", en: "Kind regards." },
  "reminders.text.subject": { vi: "Đôn đốc thực hiện {kindName} số {docNumber} - {unit}{round}", en: "Reminder: {kindName} No. {docNumber} - {unit}{round}" },
  "reminders.text.subjectRound": { vi: " (nhắc lần {round})", en: " (reminder {round})" },
  "reminders.bcc.salutation": { vi: "Kính gửi: các đơn vị", en: "To: the units concerned" },
  "reminders.bcc.intro": {
    vi: "Thực hiện {plan}, tính đến ngày {asOf}, đơn vị còn nhiệm vụ quá hạn chưa hoàn thành hoặc chưa báo cáo kết quả thực hiện. Các nhiệm vụ cần khẩn trương hoàn thành:",
    en: "Under {plan}, as of {asOf} your unit has overdue tasks or has not reported its results. Tasks to complete without delay:",
  },
  "reminders.bcc.task": { vi: "- {code} (hạn {deadline})", en: "- {code} (due {deadline})" },
  "reminders.bcc.request": {
    vi: "Đề nghị các đơn vị khẩn trương thực hiện và báo cáo kết quả về {body} (qua {office}) trước ngày {replyBy}.",
    en: "Units are asked to complete them and report the results to {body} (through {office}) by {replyBy}.",
  },
  "reminders.bcc.subject": { vi: "Đôn đốc thực hiện {kindName} số {docNumber}", en: "Reminder: {kindName} No. {docNumber}" },
  "reminders.unitFile.about": { vi: "V/v báo cáo kết quả thực hiện {kindName} số {docNumber}", en: "Re: reporting on {kindName} No. {docNumber}" },
  "reminders.unitFile.intro": {
    vi: "Thực hiện {plan}, {office} gửi đơn vị tệp {file} (đính kèm) để báo cáo kết quả thực hiện từng nhiệm vụ.",
    en: "Under {plan}, {office} sends your unit the attached file {file} to report the result of each task.",
  },
  "reminders.unitFile.fill": {
    vi: "Đơn vị điền vào các ô nền trắng theo hướng dẫn trong tệp, giữ nguyên tên tệp.",
    en: "Fill in the white cells as the file's instructions say, and keep the file's name.",
  },
  "reminders.unitFile.request": {
    vi: "Đề nghị {unit} gửi lại tệp đã điền về {body} trước ngày {replyBy}.",
    en: "{unit} is asked to send the filled file back to {body} by {replyBy}.",
  },
  "reminders.unitFile.subject": { vi: "Báo cáo kết quả thực hiện {kindName} số {docNumber} - {unit}", en: "Report on {kindName} No. {docNumber} - {unit}" },

  "reminders.print.recipients": { vi: "Nơi nhận:", en: "To:" },
  "reminders.print.asAbove": { vi: "- Như trên,", en: "- As above," },
  "reminders.print.file": { vi: "- Lưu {office}.", en: "- File: {office}." },
  "reminders.print.dateLine": { vi: "{place}, ngày {day} tháng {month} năm {year}", en: "{place}, {day}/{month}/{year}" },
  "reminders.print.party": { vi: "ĐẢNG CỘNG SẢN VIỆT NAM", en: "COMMUNIST PARTY OF VIETNAM" },

  "reminders.report.reminded": { vi: " (đã đôn đốc {count} lần)", en: " (reminded {count} times)" },

  "reminders.log.title": { vi: "NHẬT KÝ ĐÔN ĐỐC", en: "REMINDER LOG" },
  "reminders.log.hint": {
    vi: "Mỗi dòng là một nhiệm vụ đã nhắc một đơn vị. Có thể sắp xếp, lọc, sửa; tiện ích chỉ thêm dòng mới ở cuối bảng.",
    en: "One row per task a unit was reminded of. Sort, filter and edit freely; the add-in only adds rows at the end.",
  },
  "reminders.log.settingsTitle": { vi: "CÀI ĐẶT ĐÔN ĐỐC", en: "REMINDER SETTINGS" },
  "reminders.log.listTitle": { vi: "CÁC LẦN ĐÔN ĐỐC", en: "REMINDERS SENT" },
  "reminders.setting.replyDays": { vi: "Số ngày làm việc để báo cáo lại", en: "Working days to report back" },
  "reminders.setting.office": { vi: "Bộ phận theo dõi, đôn đốc", en: "Office that follows up" },
  "reminders.setting.reportTo": { vi: "Nơi nhận báo cáo (viết trong câu)", en: "Body reported to (as written in a sentence)" },
  "reminders.setting.signerAuthority": { vi: "Thẩm quyền ký", en: "Signing authority" },
  "reminders.setting.signerTitle": { vi: "Chức vụ người ký", en: "Signer's title" },
  "reminders.setting.signerName": { vi: "Người ký", en: "Signer" },
  "reminders.default.office": { vi: "Văn phòng", en: "Văn phòng" },
  "reminders.default.signerAuthority": { vi: "T/L BAN THƯỜNG VỤ", en: "T/L BAN THƯỜNG VỤ" },
  "reminders.default.signerTitle": { vi: "CHÁNH VĂN PHÒNG", en: "CHÁNH VĂN PHÒNG" },
  "reminders.col.sentOn": { vi: "Ngày đôn đốc", en: "Reminded on" },
  "reminders.col.unitCode": { vi: "Mã đơn vị", en: "Unit code" },
  "reminders.col.unitName": { vi: "Đơn vị", en: "Unit" },
  "reminders.col.task": { vi: "Nhiệm vụ", en: "Task" },
  "reminders.col.deadline": { vi: "Hạn hoàn thành", en: "Deadline" },
  "reminders.col.days": { vi: "Số ngày quá hạn", en: "Days late" },
  "reminders.col.channel": { vi: "Kênh", en: "Channel" },
  "reminders.col.round": { vi: "Lần nhắc", en: "Reminder no." },
  "reminders.col.replyBy": { vi: "Hạn báo cáo lại", en: "Report back by" },

  "reminders.notBuilt": {
    vi: "Chưa có sổ theo dõi: hãy tạo sổ theo dõi trước khi đôn đốc",
    en: "No tracker yet: build the tracker before sending reminders",
  },
  "reminders.noTasks": { vi: "Kế hoạch chưa có nhiệm vụ nào: chưa có gì để đôn đốc", en: "The plan has no tasks: nothing to remind of" },
  "reminders.noUnits": { vi: "Sổ theo dõi chưa có đơn vị nào: chưa có ai để đôn đốc", en: "The tracker has no units: nobody to remind" },
  "reminders.unitSheetMissing": {
    vi: "Không tìm thấy trang tính của đơn vị {unit} (trước đây là \"{sheet}\"): có thể đã bị xoá. Đơn vị này không được đôn đốc lần này; hãy chạy \"Cập nhật sổ theo dõi\"",
    en: "The sheet of unit {unit} (formerly \"{sheet}\") is missing, perhaps deleted. That unit is left out of this round; run \"Update tracker\"",
  },
  "reminders.rowMissing": {
    vi: "Trang \"{sheet}\" thiếu dòng nhiệm vụ {task}: nhiệm vụ này không được nhắc đơn vị {unit} lần này; hãy chạy \"Cập nhật sổ theo dõi\"",
    en: "Sheet \"{sheet}\" lacks the row of task {task}: unit {unit} is not reminded of it this time; run \"Update tracker\"",
  },
  "reminders.log.badCell": {
    vi: "Dòng {row} của nhật ký đôn đốc: \"{value}\" ở cột \"{column}\" không đọc được; dòng được giữ nguyên và vẫn được tính vào số lần nhắc",
    en: "Row {row} of the reminder log: \"{value}\" in column \"{column}\" cannot be read; the row is kept and still counts towards the reminder number",
  },
  "reminders.log.noUnit": {
    vi: "Dòng {row} của nhật ký đôn đốc không có mã đơn vị hợp lệ (\"{value}\"); dòng được giữ nguyên nhưng không được tính vào số lần nhắc",
    en: "Row {row} of the reminder log has no valid unit code (\"{value}\"); the row is kept but not counted",
  },
  "reminders.log.badSetting": {
    vi: "Giá trị \"{value}\" không dùng được; dùng mặc định {fallback}",
    en: "Value \"{value}\" cannot be used; using the default {fallback}",
  },
  "reminders.log.tableRemade": {
    vi: "Trang \"{sheet}\" không còn bảng nhật ký (dòng tiêu đề \"Ngày đôn đốc\", \"Mã đơn vị\"): bảng được tạo lại từ dòng {row}; nội dung cũ của trang giữ nguyên",
    en: "Sheet \"{sheet}\" no longer has the log table (header \"Ngày đôn đốc\", \"Mã đơn vị\"): the table is made again from row {row}; what the sheet held stays",
  },
  "reminders.notInRound": {
    vi: "Đơn vị {unit} không có trong lượt đôn đốc này: hãy xem lại danh sách rồi ghi nhật ký lại; nhật ký chưa được ghi",
    en: "Unit {unit} is not in this round of reminders: check the list and log again; nothing was written",
  },
  "reminders.noneSelected": {
    vi: "Chưa chọn đơn vị nào để in văn bản đôn đốc",
    en: "No unit chosen to print reminders for",
  },
  "reminders.badReplyDays": {
    vi: "Số ngày làm việc để báo cáo lại phải là số nguyên từ 1 đến 60, nhận được \"{value}\"",
    en: "Working days to report back must be a whole number from 1 to 60, got \"{value}\"",
  },
} satisfies CatalogSection;
