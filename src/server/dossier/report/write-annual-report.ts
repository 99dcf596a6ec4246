// Creating or updating an organisation's report for a year, inside an action's
// transaction (after the organisation was authorized): the report's own action and the
// dossier page's one-form save ("Lưu số liệu năm") both write it here.
import type { Prisma } from "@/generated/prisma/client";
import type { ReportEntry } from "@/domain/entry/year-figures";
import type { AuditInput } from "../../audit/record-audit";
import { conflictMessage, updateWithVersion } from "../../db/optimistic";
import { AppError } from "../../errors";
import { assertYearOpen } from "../../approval/year-lock";
import { reportSnapshot } from "./report-snapshot";

type Tx = Prisma.TransactionClient;
type Audit = (entry: AuditInput) => Promise<void>;

/** Refused while the year is submitted or approved, and when the report changed (or was
 *  created) since the form was opened. Returns the report's id. */
export async function writeAnnualReport(
  tx: Tx,
  audit: Audit,
  organisationId: number,
  year: number,
  { version, ...figures }: ReportEntry,
): Promise<number> {
  await assertYearOpen(tx, organisationId, year);
  const existing = await tx.annualReport.findUnique({ where: { organisationId_year: { organisationId, year } } });
  if (existing) {
    // Someone created the report after this form was opened: never overwrite it blindly.
    if (version === undefined) throw new AppError("CONFLICT", await conflictMessage(tx, "AnnualReport", existing.id));
    const after = await updateWithVersion(tx, "annualReport", existing.id, version, figures);
    await audit({
      action: "UPDATE",
      entity: "AnnualReport",
      entityId: existing.id,
      before: reportSnapshot(existing),
      after: reportSnapshot(after),
    });
    return existing.id;
  }
  const created = await tx.annualReport.create({ data: { organisationId, year, ...figures } });
  await audit({ action: "CREATE", entity: "AnnualReport", entityId: created.id, after: reportSnapshot(created) });
  return created.id;
}
