/**
 * The preview of a unit list file before it is written: how many units, the first rows, which
 * codes are new and which fields of existing units change, and that units the file does not
 * list are kept. A file with problems shows every problem (file and line, or sheet and cell).
 */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { Unit } from "../../domain/types";
import type { MessageKey } from "../../i18n";
import { useText } from "../language";
import type { FieldChange, UnitField, UnitImportPlan } from "../unit-import-plan";

const FIRST_ROWS = 5;

const FIELD_LABELS: Record<UnitField, MessageKey> = {
  name: "tracker.col.unitName",
  kind: "tracker.col.unitKind",
  head: "tracker.col.unitHead",
  email: "tracker.col.unitEmail",
  members: "tracker.col.unitMembers",
};

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  table: { tableLayout: "fixed", width: "100%" },
  codeColumn: { width: "4.5em" },
  kindColumn: { width: "6.5em" },
  cell: { overflowWrap: "anywhere", verticalAlign: "top", paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function UnitImportPreview({ units, plan }: { units: readonly Unit[]; plan: UnitImportPlan }) {
  const styles = useStyles();
  const text = useText();
  const shown = units.slice(0, FIRST_ROWS);
  const value = (v: string | number | null) => (v === null ? text("pane.units.blank") : String(v));
  const change = (c: FieldChange) => text("pane.units.change", { field: text(FIELD_LABELS[c.field]), from: value(c.from), to: value(c.to) });

  return (
    <>
      <div className={styles.part}>
        <h4 className={styles.subheading}>{text("pane.units.firstRows")}</h4>
        <Table size="extra-small" className={styles.table} aria-label={text("pane.units.firstRows")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.codeColumn}>{text("tracker.col.unitCode")}</TableHeaderCell>
              <TableHeaderCell>{text("tracker.col.unitName")}</TableHeaderCell>
              <TableHeaderCell className={styles.kindColumn}>{text("tracker.col.unitKind")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((u) => (
              <TableRow key={u.code}>
                <TableCell className={styles.cell}>{u.code}</TableCell>
                <TableCell className={styles.cell}>{u.name}</TableCell>
                <TableCell className={styles.cell}>{u.kind}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {units.length > shown.length && <p className={styles.note}>{text("pane.units.moreRows", { count: units.length - shown.length })}</p>}
      </div>

      {plan.added.length > 0 && (
        <div className={styles.part}>
          <h4 className={styles.subheading}>{text("pane.units.added", { count: plan.added.length })}</h4>
          <ul className={styles.list}>
            {plan.added.map((u) => (
              <li key={u.code}>{text("pane.units.unitLine", { code: u.code, name: u.name })}</li>
            ))}
          </ul>
        </div>
      )}

      {plan.updated.length > 0 && (
        <div className={styles.part}>
          <h4 className={styles.subheading}>{text("pane.units.updated", { count: plan.updated.length })}</h4>
          <ul className={styles.list}>
            {plan.updated.map((u) => (
              <li key={u.unit.code}>
                {text("pane.units.unitLine", { code: u.unit.code, name: u.unit.name })}
                <ul className={styles.changes}>
                  {u.restored && <li>{text("pane.units.restored")}</li>}
                  {u.changes.map((c) => (
                    <li key={c.field}>{change(c)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}

      <p className={styles.note}>
        {text("pane.units.mergeRule")}
        {plan.kept.length > 0 && <> {text("pane.units.kept", { count: plan.kept.length })}</>}
      </p>
    </>
  );
}
