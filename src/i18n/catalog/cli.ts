import type { CatalogSection } from "../catalog-section";

/** Command-line usage and outcomes. */
export const cliMessages = {
  "cli.usage": {
    vi: [
      "Cách dùng:",
      "  plan-tracker parse <kế-hoạch.txt|.docx|.pdf|-> [--json] đọc văn bản kế hoạch thành JSON",
      "  plan-tracker build --plan plan.json --units units.csv --out tracker.xlsx [--today YYYY-MM-DD]",
      "                                                           tạo hoặc cập nhật sổ theo dõi",
      "  plan-tracker check <tracker.xlsx> [--as-of YYYY-MM-DD] [--json]   kiểm tra hạn",
      "  plan-tracker summary <tracker.xlsx> --period 2019-12|2019-Q4|2019-H1|2019-9M|2019|2019-10-01..2019-12-31",
      "               [--cutoff calendar|nd09] [--number N | --no-number] [--date YYYY-MM-DD] [--replace]",
      "               [--out bao-cao.xlsx] [--pdf bao-cao.pdf]        lập báo cáo định kỳ (và tệp gửi)",
      "  plan-tracker export <tracker.xlsx> [--as-of YYYY-MM-DD] [--format csv|json] [--out tệp]",
      "                                                           xuất số liệu từng đơn vị × nhiệm vụ",
      "  plan-tracker remind <tracker.xlsx> [--as-of YYYY-MM-DD] [--units late|silent|all] [--json]",
      "               [--out-dir thư-mục] [--log [--channel email|clipboard|print|other]]",
      "                                                           văn bản đôn đốc đơn vị chậm (và ghi nhật ký)",
      "  plan-tracker export-unit <tracker.xlsx> (--unit MÃ ... | --all) --out-dir thư-mục [--today YYYY-MM-DD]",
      "                                                           xuất tệp .xlsx riêng cho từng đơn vị điền báo cáo",
      "  plan-tracker import-unit <tracker.xlsx> <tệp-đơn-vị.xlsx>... [--yes [--overwrite-conflicts]] [--today YYYY-MM-DD]",
      "                                                           so sánh tệp đơn vị gửi lại với sổ; --yes để ghi vào sổ",
      "Tuỳ chọn chung: --lang vi|en",
    ].join("\n"),
    en: [
      "Usage:",
      "  plan-tracker parse <plan.txt|.docx|.pdf|-> [--json]     plan text to plan JSON",
      "  plan-tracker build --plan plan.json --units units.csv --out tracker.xlsx [--today YYYY-MM-DD]",
      "                                                           create or update the tracker",
      "  plan-tracker check <tracker.xlsx> [--as-of YYYY-MM-DD] [--json]   deadline statuses",
      "  plan-tracker summary <tracker.xlsx> --period 2019-12|2019-Q4|2019-H1|2019-9M|2019|2019-10-01..2019-12-31",
      "               [--cutoff calendar|nd09] [--number N | --no-number] [--date YYYY-MM-DD] [--replace]",
      "               [--out report.xlsx] [--pdf report.pdf]         periodic report (and the file to send)",
      "  plan-tracker export <tracker.xlsx> [--as-of YYYY-MM-DD] [--format csv|json] [--out file]",
      "                                                           figures per unit × task",
      "  plan-tracker remind <tracker.xlsx> [--as-of YYYY-MM-DD] [--units late|silent|all] [--json]",
      "               [--out-dir DIR] [--log [--channel email|clipboard|print|other]]",
      "                                                           reminders to late units (and the log)",
      "  plan-tracker export-unit <tracker.xlsx> (--unit CODE ... | --all) --out-dir DIR [--today YYYY-MM-DD]",
      "                                                           one .xlsx per unit to fill in and send back",
      "  plan-tracker import-unit <tracker.xlsx> <unit-file.xlsx>... [--yes [--overwrite-conflicts]] [--today YYYY-MM-DD]",
      "                                                           diff returned unit files; --yes writes them in",
      "Common option: --lang vi|en",
    ].join("\n"),
  },
  "cli.unknownCommand": {
    vi: "Lệnh không có: \"{command}\"",
    en: "Unknown command: \"{command}\"",
  },
  "cli.missingOption": {
    vi: "Thiếu tuỳ chọn {option}",
    en: "Missing option {option}",
  },
  "cli.unknownOption": {
    vi: "Tuỳ chọn không có: {option}",
    en: "Unknown option: {option}",
  },
  "cli.badDateOption": {
    vi: "Tuỳ chọn {option} cần một ngày dạng YYYY-MM-DD có thật, nhận được \"{value}\"",
    en: "Option {option} needs a real date as YYYY-MM-DD, got \"{value}\"",
  },
  "cli.build.created": {
    vi: "Đã tạo sổ theo dõi {file}",
    en: "Tracker {file} created",
  },
  "cli.build.updated": {
    vi: "Đã cập nhật sổ theo dõi {file}",
    en: "Tracker {file} updated",
  },
  "cli.check.header": {
    vi: "Kiểm tra hạn ngày {date}: {units} đơn vị",
    en: "Deadline check as of {date}: {units} units",
  },
  "cli.check.columns": {
    vi: "Mã ĐV   Quá hạn Sắp hạn  Xong   Lỗi  Tên đơn vị",
    en: "Unit       Late  Soon     Done  Err  Unit name",
  },
  "cli.check.noneLate": {
    vi: "Không có đơn vị nào quá hạn.",
    en: "No unit is late.",
  },
  "cli.check.lateUnits": {
    vi: "{count} đơn vị quá hạn (nhiệm vụ, số ngày quá hạn):",
    en: "{count} units late (task, days late):",
  },
  "cli.summary.made": {
    vi: "Đã lập Báo cáo số {number}, {period} (trang \"{sheet}\") trong {file}",
    en: "Report {number}, {period} (sheet \"{sheet}\") made in {file}",
  },
  "cli.summary.replaced": {
    vi: "Đã lập lại Báo cáo số {number}, {period} (trang \"{sheet}\") trong {file}",
    en: "Report {number}, {period} (sheet \"{sheet}\") made again in {file}",
  },
  "cli.summary.cutoff": {
    vi: "Số liệu từ ngày {from} đến ngày {to}",
    en: "Figures from {from} to {to}",
  },
  "cli.summary.headline": {
    vi: "{reported}/{units} đơn vị đã báo cáo; hoàn thành {done}/{applicable} lượt nhiệm vụ ({rate}); {overdue} lượt quá hạn ở {late} đơn vị",
    en: "{reported}/{units} units reported; {done}/{applicable} assignments completed ({rate}); {overdue} overdue in {late} units",
  },
  "cli.summary.useReplace": {
    vi: "Thêm --replace để lập lại báo cáo kỳ này",
    en: "Add --replace to make this period's report again",
  },
  "cli.summary.fileWritten": {
    vi: "Đã ghi {file}",
    en: "Written: {file}",
  },
  "cli.summary.noLibreOffice": {
    vi: "Cần LibreOffice để ghi {file}: cài LibreOffice hoặc bỏ --pdf (mở tệp .xlsx rồi in ra PDF)",
    en: "LibreOffice is needed to write {file}: install it or leave out --pdf (open the .xlsx and print to PDF)",
  },
  "cli.export.badFormat": {
    vi: "Định dạng \"{value}\" không có: dùng csv hoặc json",
    en: "Format \"{value}\" is not available: use csv or json",
  },
  "cli.remind.header": {
    vi: "Đôn đốc ngày {date} ({scope}): {count} đơn vị; hạn báo cáo lại trước ngày {replyBy}",
    en: "Reminders as of {date} ({scope}): {count} units; report back by {replyBy}",
  },
  "cli.remind.none": {
    vi: "Đôn đốc ngày {date} ({scope}): không có đơn vị nào cần đôn đốc",
    en: "Reminders as of {date} ({scope}): no unit to remind",
  },
  "cli.remind.to": { vi: "Gửi: {email}", en: "To: {email}" },
  "cli.remind.noEmail": { vi: "Gửi: (đơn vị chưa có email: in hoặc sao chép văn bản)", en: "To: (no email address: print or copy the letter)" },
  "cli.remind.subjectLine": { vi: "Tiêu đề: {subject}", en: "Subject: {subject}" },
  "cli.remind.filesWritten": { vi: "Đã ghi {count} tệp vào {dir}:", en: "{count} files written to {dir}:" },
  "cli.remind.logged": {
    vi: "Đã ghi {rows} dòng vào nhật ký đôn đốc (trang \"Nhật ký đôn đốc\") trong {file}",
    en: "{rows} rows added to the reminder log (sheet \"Nhật ký đôn đốc\") in {file}",
  },
  "cli.remind.badScope": {
    vi: "Phạm vi \"{value}\" không có: dùng late (quá hạn), silent (chưa báo cáo) hoặc all (tất cả)",
    en: "Scope \"{value}\" is not available: use late, silent or all",
  },
  "cli.remind.badChannel": {
    vi: "Kênh \"{value}\" không có: dùng email, clipboard (sao chép), print (bản in) hoặc other (khác)",
    en: "Channel \"{value}\" is not available: use email, clipboard, print or other",
  },
  "cli.remind.channelWithoutLog": {
    vi: "--channel chỉ dùng cùng --log (kênh được ghi vào nhật ký đôn đốc)",
    en: "--channel goes with --log (the channel is written to the reminder log)",
  },
  "cli.unexpected": {
    vi: "Lỗi không mong đợi: {reason}",
    en: "Unexpected error: {reason}",
  },
} satisfies CatalogSection;
