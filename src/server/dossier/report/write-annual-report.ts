// Creating or updating an organisation's report for a year, inside an action's
// transaction (after the organisation was authorized): the report's own action and the
// dossier page's one-form save ("Lưu số liệu năm") both write it here.
import type { Prisma } from "@/generated/prisma/client";
import type { ReportEntry } from "@/domain/entry/year-figures";
import type { AuditInput } from "../../audit/record-audit";
import { saveByKey } from "../../db/save-by-key";
import { assertYearOpen } from "../../approval/year-lock";
import { reportSnapshot } from "./report-snapshot";

type Tx = Prisma.TransactionClient;
type Audit = (entry: AuditInput) => Promise<void>;

/** Refused while the year is submitted or approved, and when the report changed (or was
 *  created) since the form was opened (saveByKey). Returns the report's id. */
export async function writeAnnualReport(
  tx: Tx,
  audit: Audit,
  organisationId: number,
  year: number,
  { version, ...figures }: ReportEntry,
): Promise<number> {
  await assertYearOpen(tx, organisationId, year);
  const edit = { version, data: figures, snapshot: reportSnapshot };
  const saved = await saveByKey(tx, audit, "annualReport", { organisationId, year }, edit);
  return saved.id;
}
