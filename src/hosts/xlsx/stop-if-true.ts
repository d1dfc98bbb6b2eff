/**
 * Sets stopIfTrue on conditional-format rules in a saved worksheet part; exceljs 4.4 has no
 * such option. Rules are found by their priority, which the host assigns uniquely per sheet.
 */
export function markStopIfTrue(sheetXml: string, priorities: ReadonlySet<number>): string {
  if (priorities.size === 0) return sheetXml;
  return sheetXml.replace(/<cfRule\b[^>]*>/g, (tag) => {
    const m = /\bpriority="(\d+)"/.exec(tag);
    if (!m || !priorities.has(Number(m[1])) || /\bstopIfTrue=/.test(tag)) return tag;
    return tag.replace(/^<cfRule\b/, '<cfRule stopIfTrue="1"');
  });
}
