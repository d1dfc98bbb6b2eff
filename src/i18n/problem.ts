/**
 * What the user is told went wrong: a message key of the catalog, its parameters, and where
 * (file, line, sheet, cell). It lives with the catalog so that i18n depends on no other layer;
 * the domain returns these in its Results.
 */
import type { MessageKey } from "./messages";

export interface Location {
  file?: string;
  line?: number;
  sheet?: string;
  cell?: string;
  field?: string;
}

export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
  at?: Location;
}
