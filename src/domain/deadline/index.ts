export * from "./deadline-input";
export * from "./deadline-status";
export * from "./holidays";
export { lunarNewYear, lunarToSolar } from "./lunar-calendar";
export { excelMatchIndex } from "./excel-text-match";
