"use server";
import { annualReportSchema } from "@/domain/entry/year-figures";
import { defineAction } from "@/server/actions/define-action";
import { assertCanWriteOrganisation } from "@/server/auth/record-scope";
import { writeAnnualReport } from "./write-annual-report";

/** Creates or updates the organisation's report for a year (refused while the year is approved). */
export const saveAnnualReport = defineAction({
  name: "reports.save",
  schema: annualReportSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOrganisation(viewer, tx, input.organisationId)),
  revalidate: (d: { organisationId: number; year: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/nam/${d.year}`,
  ],
  async handler({ input, prisma, audit }) {
    const { organisationId, year, ...entry } = input;
    const id = await writeAnnualReport(prisma, audit, organisationId, year, entry);
    return { id, organisationId, year };
  },
});
