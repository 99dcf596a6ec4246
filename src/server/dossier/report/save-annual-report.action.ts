"use server";
import { annualReportSchema } from "@/domain/entry/year-figures";
import { defineAction } from "@/server/actions/define-action";
import { inYear } from "@/server/dossier/save-owned";
import { authorizeOrganisationWrite } from "@/server/auth/record-scope";
import { writeAnnualReport } from "./write-annual-report";

/** Creates or updates the organisation's report for a year (refused while the year is approved). */
export const saveAnnualReport = defineAction({
  name: "reports.save",
  schema: annualReportSchema,
  authorize: authorizeOrganisationWrite,
  revalidate: inYear.pages,
  async handler({ input, prisma, audit }) {
    const { organisationId, year, ...entry } = input;
    const id = await writeAnnualReport(prisma, audit, organisationId, year, entry);
    return { id, organisationId, year };
  },
});
