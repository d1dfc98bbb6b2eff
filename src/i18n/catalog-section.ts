/** One section of the message catalog: every message in Vietnamese (first) and English. */
export type CatalogSection = Record<string, { vi: string; en: string }>;
