"use server";
import { defineAction } from "@/server/actions/define-action";
import { assertCanWriteOrganisation } from "@/server/auth/record-scope";
import { conflictMessage, updateWithVersion } from "@/server/db/optimistic";
import { AppError } from "@/server/errors";
import { assertYearOpen } from "@/server/approval/year-lock";
import { reportSnapshot } from "./report-snapshot";
import { saveAnnualReportSchema } from "./save-annual-report.validation";

/** Creates or updates the organisation's report for a year (refused while the year is approved). */
export const saveAnnualReport = defineAction({
  name: "reports.save",
  schema: saveAnnualReportSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOrganisation(viewer, tx, input.organisationId)),
  revalidate: (d: { organisationId: number; year: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/nam/${d.year}`,
  ],
  async handler({ input, prisma, audit }) {
    const { organisationId, year, version, ...figures } = input;
    await assertYearOpen(prisma, organisationId, year);
    const existing = await prisma.annualReport.findUnique({ where: { organisationId_year: { organisationId, year } } });
    if (existing) {
      // Someone created the report after this form was opened: never overwrite it blindly.
      if (version === undefined)
        throw new AppError("CONFLICT", await conflictMessage(prisma, "AnnualReport", existing.id));
      const after = await updateWithVersion(prisma, "annualReport", existing.id, version, figures);
      await audit({
        action: "UPDATE",
        entity: "AnnualReport",
        entityId: existing.id,
        before: reportSnapshot(existing),
        after: reportSnapshot(after),
      });
      return { id: existing.id, organisationId, year };
    }
    const created = await prisma.annualReport.create({ data: { organisationId, year, ...figures } });
    await audit({ action: "CREATE", entity: "AnnualReport", entityId: created.id, after: reportSnapshot(created) });
    return { id: created.id, organisationId, year };
  },
});
