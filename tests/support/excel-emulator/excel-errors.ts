/**
 * Errors the emulated Excel answers with. Codes, messages and HTTP statuses follow Microsoft's
 * "Excel JavaScript API error codes" table (learn.microsoft.com, office/dev/add-ins/reference/
 * javascript-api-for-excel-error-codes) and Excel.ErrorCodes in @types/office-js.
 */
export type ExcelErrorCode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "AccessDenied"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidOperation"
  | "MergedRangeConflict"
  | "GeneralException";

const STATUS: Record<ExcelErrorCode, number> = {
  InvalidArgument: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  AccessDenied: 403,
  ApiNotFound: 404,
  RequestPayloadSizeLimitExceeded: 413,
  // The error table gives no status for it; the request's twin is the closest.
  ResponsePayloadSizeLimitExceeded: 413,
  InvalidOperation: 400,
  MergedRangeConflict: 400,
  GeneralException: 500,
};

export const MESSAGES = {
  sizeMismatch: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  invalidArgument: "The argument is invalid or missing or has an incorrect format.",
  itemNotFound: "The requested resource doesn't exist.",
  itemAlreadyExists: "The resource being created already exists.",
  accessDenied: "You cannot perform the requested operation.",
  payloadTooLarge:
    "The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins documentation for more information.",
  responseTooLarge:
    "The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.",
  invalidOperation: "The requested operation is invalid.",
  mergedRangeConflict: "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  veryHiddenDelete: "A very hidden worksheet cannot be deleted: make it hidden or visible first.",
  generalException: "An internal error has occurred while processing the request.",
  wrongPassword: "The password you supplied is not correct. Verify that the CAPS LOCK key is off and be sure to use the correct capitalization.",
} as const;

export class EmulatedExcelError extends Error {
  readonly code: ExcelErrorCode;
  readonly httpStatusCode: number;

  constructor(code: ExcelErrorCode, message: string) {
    super(message);
    this.name = "EmulatedExcelError";
    this.code = code;
    this.httpStatusCode = STATUS[code];
  }
}

export const invalidArgument = (message: string = MESSAGES.invalidArgument) => new EmulatedExcelError("InvalidArgument", message);
export const itemNotFound = (message: string = MESSAGES.itemNotFound) => new EmulatedExcelError("ItemNotFound", message);
export const itemAlreadyExists = () => new EmulatedExcelError("ItemAlreadyExists", MESSAGES.itemAlreadyExists);
export const accessDenied = () => new EmulatedExcelError("AccessDenied", MESSAGES.accessDenied);
export const apiNotFound = (what: string) =>
  new EmulatedExcelError("ApiNotFound", `The API you are trying to use could not be found (emulator: ${what}).`);
