import type { CatalogSection } from "../catalog-section";

/** The unit's own file: exported for a unit to fill in, imported back into the tracker. */
export const unitFileMessages = {
  "unitFile.title": { vi: "BÁO CÁO KẾT QUẢ THỰC HIỆN — {unit}", en: "PROGRESS REPORT — {unit}" },
  "unitFile.asOfLabel": { vi: "Ngày đối chiếu", en: "As of" },
  "unitFile.instructions": {
    vi:
      "Hướng dẫn: chỉ điền vào các ô nền trắng — Trạng thái (chọn trong danh sách), Ngày hoàn thành (dạng ngày dd/mm/yyyy), số liệu, số báo cáo, ghi chú. " +
      "Nhập giá trị, không nhập công thức; không sửa mã nhiệm vụ, không thêm hoặc xoá dòng, không đổi tên tệp. " +
      "Cột Kiểm tra hạn tự tính theo Ngày đối chiếu (ô B4, mặc định là hôm nay). Lưu lại dạng .xlsx và gửi lại cho văn phòng.",
    en:
      "How to fill in: type only in the white cells — Status (pick from the list), Completed on (a date, dd/mm/yyyy), figures, report number, note. " +
      "Type values, not formulas; do not change task codes, add or delete rows, or rename the file. " +
      "The deadline check follows the As-of date (cell B4, today by default). Save as .xlsx and send it back to the office.",
  },

  "unitFile.notUnitFile": {
    vi: "không phải tệp báo cáo đơn vị do Plan Tracker xuất ra (không có trang ghi kế hoạch và đơn vị)",
    en: "not a unit file exported by Plan Tracker (it has no record of its plan and unit)",
  },
  "unitFile.tampered": {
    vi: "phần ghi nhận của tệp đã bị sửa ({detail}): không thể tin các dòng của tệp",
    en: "the file's records were edited ({detail}): its rows cannot be trusted",
  },
  "unitFile.otherPlan": {
    vi: "tệp thuộc kế hoạch \"{filePlan}\", không phải kế hoạch \"{plan}\" của sổ theo dõi",
    en: "the file belongs to plan \"{filePlan}\", not to the tracker's plan \"{plan}\"",
  },
  "unitFile.unknownUnit": {
    vi: "đơn vị {unit} của tệp không có trong sổ theo dõi",
    en: "the file's unit {unit} is not in the tracker",
  },
  "unitFile.renamed": {
    vi: "tên tệp ghi đơn vị {named} nhưng tệp được xuất cho đơn vị {unit} (tệp của đơn vị khác bị đổi tên?)",
    en: "the file name names unit {named} but the file was exported for unit {unit} (another unit's file renamed?)",
  },
  "unitFile.codeCellChanged": {
    vi: "ô Mã ĐV ghi \"{found}\" nhưng tệp được xuất cho đơn vị {unit}",
    en: "the unit code cell reads \"{found}\" but the file was exported for unit {unit}",
  },
  "unitFile.tasksChanged": {
    vi: "danh sách nhiệm vụ (mã, hạn) của tệp khác với sổ theo dõi hiện nay: xuất lại tệp cho đơn vị",
    en: "the file's task list (codes, deadlines) differs from the tracker's now: export the unit's file again",
  },
  "unitFile.taskCodeChanged": {
    vi: "mã nhiệm vụ \"{code}\" không có trong tệp khi xuất (mã nhiệm vụ đã bị sửa)",
    en: "task code \"{code}\" was not in the file when exported (task codes were edited)",
  },
  "unitFile.rowsMissing": {
    vi: "thiếu dòng của nhiệm vụ {codes} (mã nhiệm vụ đã bị sửa hoặc dòng bị xoá)",
    en: "rows of tasks {codes} are missing (task codes edited or rows deleted)",
  },
  "unitFile.sheetMissing": {
    vi: "không thấy trang \"{sheet}\" của đơn vị trong tệp",
    en: "the unit's sheet \"{sheet}\" is not in the file",
  },
  "unitFile.formulaInInput": {
    vi: "ô nhập liệu chứa công thức \"{formula}\": chỉ nhập giá trị",
    en: "an input cell holds the formula \"{formula}\": type values only",
  },
  "unitFile.duplicateUnit": {
    vi: "đơn vị {unit} đã có tệp {other} trong lần nhập này",
    en: "unit {unit} already has the file {other} in this import",
  },
  "unitFile.notXlsx": {
    vi: "chỉ nhận tệp Excel .xlsx (tệp này có đuôi \"{ext}\"): mở tệp và lưu lại dạng .xlsx",
    en: "only Excel .xlsx files are taken (this one ends in \"{ext}\"): open it and save it as .xlsx",
  },
  "unitFile.tooLarge": {
    vi: "tệp lớn {size} MB, quá giới hạn {limit} MB của một tệp báo cáo đơn vị",
    en: "the file is {size} MB, over the {limit} MB limit of a unit file",
  },
  "unitFile.corrupt": {
    vi: "tệp hỏng hoặc không đọc được như tệp .xlsx ({reason})",
    en: "the file is damaged or cannot be read as .xlsx ({reason})",
  },
  "unitFile.noExtension": { vi: "(không có đuôi)", en: "(no extension)" },
  "unitFile.notZip": { vi: "không phải tệp nén như mọi tệp .xlsx", en: "not a zip archive, as every .xlsx is" },
  "unitFile.noTasks": { vi: "Kế hoạch chưa có nhiệm vụ nào: chưa có gì để đơn vị báo cáo", en: "The plan has no tasks: there is nothing for units to report" },
  "unitFile.unitSheetMissing": {
    vi: "Không tìm thấy trang tính của đơn vị {unit} ({name}): hãy chạy \"Cập nhật sổ theo dõi\" rồi xuất lại; chưa xuất tệp nào",
    en: "The sheet of unit {unit} ({name}) is missing: run \"Update tracker\" and export again; no file was written",
  },
  "unitFile.refused": { vi: "Không nhập tệp {file}:", en: "File {file} not imported:" },

  "unitFile.log.title": { vi: "NHẬT KÝ NHẬP BÁO CÁO CỦA ĐƠN VỊ", en: "LOG OF UNIT FILES IMPORTED" },
  "unitFile.log.importedOn": { vi: "Ngày nhập", en: "Imported on" },
  "unitFile.log.file": { vi: "Tệp", en: "File" },
  "unitFile.log.unitCode": { vi: "Mã ĐV", en: "Unit code" },
  "unitFile.log.unitName": { vi: "Tên đơn vị", en: "Unit" },
  "unitFile.log.cells": { vi: "Số ô cập nhật", en: "Cells updated" },
  "unitFile.log.conflicts": { vi: "Xung đột chưa áp dụng", en: "Conflicts left" },

  "unitFile.decision.new": { vi: "mới", en: "new" },
  "unitFile.decision.changed": { vi: "thay đổi", en: "changed" },
  "unitFile.decision.conflict": { vi: "XUNG ĐỘT", en: "CONFLICT" },
  "unitFile.blank": { vi: "(trống)", en: "(blank)" },

  "pane.unitFiles.heading": { vi: "Gửi mẫu cho đơn vị", en: "Send units their files" },
  "pane.unitFiles.intro": {
    vi: "Mỗi đơn vị nhận một tệp Excel riêng gồm các nhiệm vụ của kế hoạch và kết quả đã báo cáo; đơn vị điền vào rồi gửi lại. Chọn nhiều đơn vị thì các tệp được nén chung một tệp .zip.",
    en: "Each unit gets an Excel file of its own with the plan's tasks and what it has reported; it fills the file in and sends it back. Several units' files come in one .zip.",
  },
  "pane.unitFiles.all": { vi: "Tất cả đơn vị ({count})", en: "All units ({count})" },
  "pane.unitFiles.listLabel": { vi: "Đơn vị nhận mẫu", en: "Units to send to" },
  "pane.unitFiles.make": { vi: "Tạo tệp cho {count} đơn vị", en: "Make files for {count} units" },
  "pane.unitFiles.made": { vi: "Đã tải về {file}: {count} tệp mẫu.", en: "{file} downloaded: {count} unit files." },
  "pane.unitFiles.replyBy": { vi: "Hạn gửi lại", en: "Send back by" },
  "pane.unitFiles.emailIntro": {
    vi: "Soạn thư cho từng đơn vị, đính kèm tệp của đơn vị đó rồi bấm Gửi.",
    en: "Draft an email to each unit, attach its file and send.",
  },
  "pane.unitFiles.draftOpened": { vi: "Đã mở thư nháp gửi {to}: đính kèm tệp {file} rồi bấm Gửi.", en: "Draft to {to} opened: attach {file} and send." },
  "pane.unitFiles.noEmail": {
    vi: "{count} đơn vị chưa có địa chỉ email (cột Email ở trang Đơn vị), cần gửi tệp cách khác: {units}.",
    en: "{count} units have no email address (Email column on Đơn vị) and need their file another way: {units}.",
  },
  "pane.unitFiles.noUnits": { vi: "Sổ chưa có đơn vị nào để gửi mẫu.", en: "The tracker has no units to send files to." },
  "pane.unitFiles.notMade": { vi: "Chưa tạo tệp cho đơn vị {unit}: bấm \"Tạo tệp\" trước.", en: "No file made for unit {unit} yet: make the files first." },

  "pane.unitReturns.heading": { vi: "Nhập báo cáo đơn vị", en: "Import units' returned files" },
  "pane.unitReturns.intro": {
    vi: "Chọn một hoặc nhiều tệp đơn vị gửi lại. Mỗi tệp được kiểm tra và so với sổ; chưa ghi gì cho đến khi bấm \"Ghi vào sổ\".",
    en: "Pick one or more files units sent back. Each is checked and compared with the tracker; nothing is written until you click \"Write to the tracker\".",
  },
  "pane.unitReturns.pick": { vi: "Chọn tệp đơn vị gửi lại (.xlsx)", en: "Pick returned files (.xlsx)" },
  "pane.unitReturns.summary": {
    vi: "{files} tệp: {taken} nhận, {refused} không nhận; {changes} ô thay đổi, {conflicts} xung đột.",
    en: "{files} files: {taken} taken, {refused} refused; {changes} cells changed, {conflicts} conflicts.",
  },
  "pane.unitReturns.unit": { vi: "{code} — {name}", en: "{code} — {name}" },
  "pane.unitReturns.takeAll": { vi: "Chọn tất cả đơn vị", en: "All units" },
  "pane.unitReturns.nothing": { vi: "Không có gì thay đổi: sổ đã có đúng các giá trị trong tệp.", en: "Nothing to change: the tracker already holds the file's values." },
  "pane.unitReturns.task": { vi: "Nhiệm vụ {task}", en: "Task {task}" },
  "pane.unitReturns.change": { vi: "{field}: {from} → {to} ({decision})", en: "{field}: {from} → {to} ({decision})" },
  "pane.unitReturns.conflict": {
    vi: "{field}: XUNG ĐỘT — lúc gửi mẫu: {exported}; trong sổ nay: {current}; đơn vị gửi lại: {returned}",
    en: "{field}: CONFLICT — when sent: {exported}; in the tracker now: {current}; returned: {returned}",
  },
  "pane.unitReturns.overwrite": { vi: "Ghi đè bằng giá trị đơn vị gửi lại", en: "Overwrite with the unit's value" },
  "pane.unitReturns.apply": { vi: "Ghi vào sổ: {cells} ô của {units} đơn vị", en: "Write to the tracker: {cells} cells of {units} units" },
  "pane.unitReturns.applied": {
    vi: "Đã ghi {cells} ô từ {files} tệp vào sổ và vào trang Nhật ký nhập báo cáo; {conflicts} xung đột giữ như trong sổ.",
    en: "{cells} cells from {files} files written to the tracker and the import log; {conflicts} conflicts kept as in the tracker.",
  },
  "pane.unitReturns.unchanged": { vi: "Không có gì thay đổi: sổ đã có các giá trị này, không ghi gì.", en: "Nothing to change: the tracker holds these values already; nothing written." },
  "pane.unitReturns.notPreviewed": { vi: "Hãy chọn tệp đơn vị gửi lại trước.", en: "Pick the returned files first." },

  "cli.exportUnit.needUnits": { vi: "Cần --unit MÃ (có thể nhiều lần) hoặc --all", en: "Give --unit CODE (repeatable) or --all" },
  "unitFile.unitNotInTracker": { vi: "Đơn vị {unit} không có trong sổ theo dõi", en: "Unit {unit} is not in the tracker" },
  "cli.exportUnit.written": {
    vi: "Đã xuất {count} tệp báo cáo đơn vị vào {dir} ({seconds} giây)",
    en: "Wrote {count} unit files to {dir} ({seconds} s)",
  },
  "cli.importUnit.fileHeader": { vi: "Tệp {file} — đơn vị {unit} ({name}):", en: "File {file} — unit {unit} ({name}):" },
  "cli.importUnit.nothing": { vi: "  không có gì mới so với sổ theo dõi", en: "  nothing new against the tracker" },
  "cli.importUnit.change": { vi: "  {task} · {field}: {from} → {to} [{decision}]", en: "  {task} · {field}: {from} → {to} [{decision}]" },
  "cli.importUnit.conflictDetail": {
    vi: "      (lúc xuất: {exported}; văn phòng đã sửa thành {current}; đơn vị gửi {returned})",
    en: "      (exported: {exported}; staff changed it to {current}; the unit sent {returned})",
  },
  "cli.importUnit.summary": {
    vi: "{files} tệp hợp lệ, {refused} tệp bị từ chối; {changes} ô sẽ cập nhật, {conflicts} xung đột",
    en: "{files} valid files, {refused} refused; {changes} cells to update, {conflicts} conflicts",
  },
  "cli.importUnit.dryRun": {
    vi: "Chưa ghi gì vào sổ theo dõi: chạy lại với --yes để cập nhật (xung đột chỉ ghi đè khi thêm --overwrite-conflicts)",
    en: "Nothing written to the tracker: run again with --yes to update it (conflicts are overwritten only with --overwrite-conflicts)",
  },
  "cli.importUnit.applied": {
    vi: "Đã cập nhật {cells} ô từ {files} tệp vào {tracker} ({seconds} giây); {conflicts} xung đột chưa áp dụng",
    en: "Updated {cells} cells from {files} files in {tracker} ({seconds} s); {conflicts} conflicts not applied",
  },
  "cli.importUnit.unchanged": { vi: "Không có ô nào cần cập nhật: sổ theo dõi giữ nguyên", en: "No cell to update: the tracker is left as it was" },
} satisfies CatalogSection;
