/** Periodic reports: periods and cut-offs, the figures as of a cut-off, the register, settings, flat export. */
export * from "./period";
export * from "./figures";
export * from "./register";
export * from "./report-settings";
export * from "./export-rows";
