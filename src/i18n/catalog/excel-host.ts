import type { CatalogSection } from "../catalog-section";

/** Messages of the Office.js host: what Excel itself refused while a change was applied. */
export const excelHostMessages = {
  "excelHost.excelRefused": {
    vi: "Excel từ chối thao tác ({code}): {message}",
    en: "Excel refused the operation ({code}): {message}",
  },
} satisfies CatalogSection;
