export * from "./merge";
