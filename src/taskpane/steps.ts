/** The steps of the work, in their order; the pane's navigation lists them. */
import type { MessageKey } from "../i18n";

export const STEPS = ["overview", "plan", "units", "tracker", "check", "remind", "report"] as const;
export type StepId = (typeof STEPS)[number];

const LABELS: Record<StepId, MessageKey> = {
  overview: "pane.step.overview",
  plan: "pane.step.plan",
  units: "pane.step.units",
  tracker: "pane.step.tracker",
  check: "pane.step.check",
  remind: "pane.step.remind",
  report: "pane.step.report",
};

/** "2. Đơn vị": numbered from the plan, the overview unnumbered. */
export function stepLabel(step: StepId, text: (key: MessageKey) => string): string {
  const index = STEPS.indexOf(step);
  return index === 0 ? text(LABELS[step]) : `${index}. ${text(LABELS[step])}`;
}
