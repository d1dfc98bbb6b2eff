/**
 * A sheet a user protected with a password cannot be unprotected by the add-in, and Excel says so
 * only when the unprotect runs: midway through a batch, after earlier writes were applied. So the
 * first write request starts by unprotecting each sheet the change must unprotect. A password
 * stops the request at its probe, before any write; the host then finds which sheets refused,
 * protecting the others again as they were, and names them. Otherwise the sheets stay unprotected
 * until their writes, which protect them again at their end (PlannedSheet.pendingProtection), so
 * the probe costs one action a sheet.
 */
import type { RequestBudget } from "./request-budget";
import { estimate } from "./request-budget";

export interface ProbedSheet {
  name: string;
  options: Excel.WorksheetProtectionOptions;
}

/** Unprotects, then (for the search after a refusal) protects again with the options it had. */
function queueProbe(context: Excel.RequestContext, sheet: ProbedSheet): void {
  const protection = context.workbook.worksheets.getItem(sheet.name).protection;
  protection.unprotect();
  protection.protect(sheet.options);
}

export async function queueProbes(context: Excel.RequestContext, budget: RequestBudget, sheets: readonly ProbedSheet[]): Promise<void> {
  for (const sheet of sheets) {
    await budget.reserve(estimate(2, 1, sheet.name), 1);
    context.workbook.worksheets.getItem(sheet.name).protection.unprotect();
  }
}

/** The sheets that refuse to be unprotected, found by halving the list (a few syncs for one sheet among hundreds). */
export async function refusingSheets(context: Excel.RequestContext, sheets: readonly ProbedSheet[]): Promise<string[]> {
  if (sheets.length === 0) return [];
  for (const sheet of sheets) queueProbe(context, sheet);
  try {
    await context.sync();
    return [];
  } catch {
    if (sheets.length === 1) return [sheets[0].name];
  }
  const half = Math.ceil(sheets.length / 2);
  return [...(await refusingSheets(context, sheets.slice(0, half))), ...(await refusingSheets(context, sheets.slice(half)))];
}
