import type { CatalogSection } from "../catalog-section";

/**
 * Deadline rules (docs/deadline-rules.md): the results of the deadline check and the names of
 * the preset public holidays. The Vietnamese status labels are also the values the formula
 * writes into the sheets and compares in conditional formats, so they must stay exactly these;
 * `as const` keeps them as literal types for the `DeadlineStatus` union.
 */
export const deadlineMessages = {
  "deadline.status.doneOnTime": { vi: "Hoàn thành đúng hạn", en: "Done on time" },
  "deadline.status.doneLate": { vi: "Hoàn thành quá hạn", en: "Done late" },
  "deadline.status.late": { vi: "Quá hạn", en: "Late" },
  "deadline.status.dueSoon": { vi: "Sắp đến hạn", en: "Due soon" },
  "deadline.status.inTime": { vi: "Trong hạn", en: "In time" },
  "deadline.status.noDeadline": { vi: "Chưa có hạn", en: "No deadline" },
  "deadline.status.notApplicable": { vi: "Không áp dụng", en: "Not applicable" },
  "deadline.status.invalidStatus": { vi: "Lỗi: Trạng thái không hợp lệ", en: "Problem: unknown status" },
  "deadline.status.deadlineNotDate": { vi: "Lỗi: Hạn không phải ngày", en: "Problem: deadline is not a date" },
  "deadline.status.completedNotDate": {
    vi: "Lỗi: Ngày hoàn thành không phải ngày",
    en: "Problem: completion date is not a date",
  },
  "deadline.status.doneWithoutDate": { vi: "Lỗi: Hoàn thành thiếu ngày", en: "Problem: done without a completion date" },
  "deadline.status.dateButNotDone": {
    vi: "Lỗi: Có ngày hoàn thành nhưng chưa hoàn thành",
    en: "Problem: completion date but status is not done",
  },
  "deadline.status.completedAfterAsOf": {
    vi: "Lỗi: Ngày hoàn thành sau ngày báo cáo",
    en: "Problem: completion date after the as-of date",
  },
  "deadline.status.completedBeforePlan": {
    vi: "Lỗi: Ngày hoàn thành trước ngày kế hoạch",
    en: "Problem: completion date before the plan's date",
  },

  "deadline.holiday.newYear": { vi: "Tết Dương lịch", en: "New Year's Day" },
  "deadline.holiday.lunarNewYear": { vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)" },
  "deadline.holiday.hungKings": { vi: "Giỗ Tổ Hùng Vương", en: "Hùng Kings' Commemoration Day" },
  "deadline.holiday.reunification": { vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30 April)" },
  "deadline.holiday.labour": { vi: "Ngày Quốc tế lao động (1/5)", en: "International Workers' Day (1 May)" },
  "deadline.holiday.nationalDay": { vi: "Quốc khánh (2/9)", en: "National Day (2 September)" },
  "deadline.holiday.nationalDayExtra": { vi: "Quốc khánh (ngày liền kề)", en: "National Day (adjacent day)" },
  "deadline.holiday.compensatory": { vi: "Nghỉ bù {holiday}", en: "Day off in lieu of {holiday}" },

  "deadline.settings.dueSoonDays": {
    vi: "Số ngày báo trước hạn phải là số nguyên từ 0 đến 365: {value}",
    en: "The due-soon window must be a whole number of days from 0 to 365: {value}",
  },
} as const satisfies CatalogSection;
