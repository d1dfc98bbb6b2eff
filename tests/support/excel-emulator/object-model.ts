/**
 * How the request processor sees Excel's objects: a reference (`Ref`) names an object of the
 * workbook by type and key, and a handler per type says what its navigation properties, scalar
 * properties, methods, indexer and items are. Names are the camelCase names of Office.js
 * (@types/office-js); the wire's PascalCase names are converted on the way in and out.
 */
import type { CellRect } from "../../../src/layout/excel-rules";
import { apiNotFound } from "./excel-errors";
import type { EmulatedWorkbook } from "./workbook-model";

export interface Ref {
  type: string;
  sheetId?: string;
  rect?: CellRect;
  /** Item key: table id, conditional-format id, chart id, defined name, border edge… */
  key?: string;
  index?: number;
}

export const NULL_REF: Ref = { type: "Null" };

export interface PropertyHandler {
  get?(ref: Ref, wb: EmulatedWorkbook): unknown;
  set?(ref: Ref, value: unknown, wb: EmulatedWorkbook): void;
}

export interface TypeHandler {
  navigation?: Record<string, (ref: Ref, wb: EmulatedWorkbook) => Ref>;
  properties?: Record<string, PropertyHandler>;
  /** Object-returning methods return a Ref (or NULL_REF); others a scalar or undefined. */
  methods?: Record<string, (ref: Ref, args: unknown[], wb: EmulatedWorkbook) => unknown>;
  indexer?(ref: Ref, args: unknown[], wb: EmulatedWorkbook): Ref;
  items?(ref: Ref, wb: EmulatedWorkbook): Ref[];
  /** The object's id as Excel reports it in instantiate and load results. */
  id?(ref: Ref, wb: EmulatedWorkbook): string;
}

export function isRef(value: unknown): value is Ref {
  return typeof value === "object" && value !== null && typeof (value as Ref).type === "string" && !Array.isArray(value);
}

export const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

const registry = new Map<string, TypeHandler>();

export function defineType(type: string, handler: TypeHandler): void {
  registry.set(type, handler);
}

export function handlerOf(ref: Ref): TypeHandler {
  const handler = registry.get(ref.type);
  if (!handler) throw apiNotFound(`type ${ref.type}`);
  return handler;
}

/** A plain scalar property stored on an object returned by `target`. */
export function field<T extends object>(target: (ref: Ref, wb: EmulatedWorkbook) => T, key: keyof T, before?: (ref: Ref, wb: EmulatedWorkbook) => void): PropertyHandler {
  return {
    get: (ref, wb) => target(ref, wb)[key],
    set: (ref, value, wb) => {
      before?.(ref, wb);
      (target(ref, wb) as Record<keyof T, unknown>)[key] = value;
    },
  };
}
