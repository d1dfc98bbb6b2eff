/**
 * Which names Excel accepts for a sheet, with the rule a name breaks as a typed problem. The rules
 * are in domain (domain assigns sheet names and imports no other layer); this is where the layouts,
 * the hosts and the engine take them from.
 */
export { FORBIDDEN_SHEET_NAME_CHARS, MAX_SHEET_NAME_LENGTH, RESERVED_SHEET_NAME, isValidSheetName, sheetNameProblem } from "../../domain/sheet-name-rules";
