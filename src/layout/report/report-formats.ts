/**
 * Number formats and the font of report sheets. Numbers stay numbers in their cells; the
 * locale tag [$-42A] (Vietnamese) asks for Vietnamese separators (1.234; 94,9%) where the
 * spreadsheet honours it (LibreOffice does; Excel uses the computer's regional settings, which
 * are Vietnamese on the offices' machines).
 */
export const VI_PERCENT_FORMAT = "[$-42A]0.0%";
export const VI_INTEGER_FORMAT = "[$-42A]#,##0";
/** Hướng dẫn 36-HD/VPTW: Times New Roman (TCVN 6909 Unicode). */
export const REPORT_FONT = "Times New Roman";
