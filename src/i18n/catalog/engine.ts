import type { CatalogSection } from "../catalog-section";

/** Outcomes of the engine's use cases (build, check, save plan), for the pane and the CLI. */
export const engineMessages = {
  "engine.noPlan": {
    vi: "Chưa có kế hoạch: hãy nhập kế hoạch (trang \"Kế hoạch\") trước khi tạo sổ theo dõi",
    en: "No plan yet: enter the plan (sheet \"Kế hoạch\") before building the tracker",
  },
  "engine.noTasks": {
    vi: "Kế hoạch chưa có nhiệm vụ nào",
    en: "The plan has no tasks",
  },
  "engine.noUnits": {
    vi: "Chưa có đơn vị nào: hãy nhập danh sách đơn vị (trang \"Đơn vị\")",
    en: "No units yet: enter the unit list (sheet \"Đơn vị\")",
  },
  "engine.hostFailed": {
    vi: "Excel không ghi được thay đổi ({reason}). Hãy chạy lại để hoàn tất: dữ liệu đã nhập không bị mất",
    en: "Excel could not write the change ({reason}). Run it again to complete it: nothing typed is lost",
  },
  "engine.readFailed": {
    vi: "Không đọc được sổ theo dõi: {reason}",
    en: "Cannot read the tracker: {reason}",
  },
} satisfies CatalogSection;
