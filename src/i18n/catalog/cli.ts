import type { CatalogSection } from "../catalog-section";

/** Command-line usage and outcomes. */
export const cliMessages = {
  "cli.usage": {
    vi: [
      "Cách dùng:",
      "  plan-tracker parse <kế-hoạch.txt|.docx|-> [--json]      đọc văn bản kế hoạch thành JSON",
      "  plan-tracker build --plan plan.json --units units.csv --out tracker.xlsx [--today YYYY-MM-DD]",
      "                                                           tạo hoặc cập nhật sổ theo dõi",
      "  plan-tracker check <tracker.xlsx> [--as-of YYYY-MM-DD] [--json]   kiểm tra hạn",
      "Tuỳ chọn chung: --lang vi|en",
    ].join("\n"),
    en: [
      "Usage:",
      "  plan-tracker parse <plan.txt|.docx|-> [--json]          plan text to plan JSON",
      "  plan-tracker build --plan plan.json --units units.csv --out tracker.xlsx [--today YYYY-MM-DD]",
      "                                                           create or update the tracker",
      "  plan-tracker check <tracker.xlsx> [--as-of YYYY-MM-DD] [--json]   deadline statuses",
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
  "cli.unexpected": {
    vi: "Lỗi không mong đợi: {reason}",
    en: "Unexpected error: {reason}",
  },
} satisfies CatalogSection;
