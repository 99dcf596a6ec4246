"use server";
import { defineAction } from "../actions/define-action";
import { authorizeOrganisationWrite } from "../auth/record-scope";
import { assertYearOpen } from "./year-lock";
import { submitReportSchema } from "./approval.validation";
import { approvalPaths, transitionReport } from "./transition";

/** DRAFT or RETURNED → SUBMITTED, by whoever may write in the organisation's commune. A
 *  year without a dossier gets an empty one first, so register changes can be sent alone. */
export const submitReport = defineAction({
  name: "approval.submit",
  schema: submitReportSchema,
  authorize: authorizeOrganisationWrite,
  revalidate: approvalPaths,
  async handler({ viewer, input, prisma, audit }) {
    let version = input.version;
    if (version === undefined) {
      await assertYearOpen(prisma, input.organisationId, input.year);
      const existing = await prisma.annualReport.findUnique({
        where: { organisationId_year: { organisationId: input.organisationId, year: input.year } },
        select: { version: true },
      });
      if (existing) version = existing.version;
      else {
        const created = await prisma.annualReport.create({
          data: { organisationId: input.organisationId, year: input.year },
          select: { id: true, version: true },
        });
        await audit({ action: "CREATE", entity: "AnnualReport", entityId: created.id, after: { year: input.year } });
        version = created.version;
      }
    }
    return transitionReport({
      tx: prisma,
      viewer,
      audit,
      organisationId: input.organisationId,
      year: input.year,
      version,
      from: ["DRAFT", "RETURNED"],
      to: "SUBMITTED",
      action: "SUBMIT",
    });
  },
});
