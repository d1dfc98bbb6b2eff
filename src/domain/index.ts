export * from "./types";
export * from "./result";
export * from "./calendar-date";
