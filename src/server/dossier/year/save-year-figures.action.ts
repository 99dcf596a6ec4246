"use server";
import { yearFiguresSchema } from "@/domain/entry/year-figures";
import { defineAction } from "@/server/actions/define-action";
import { inYear } from "@/server/dossier/save-owned";
import { authorizeOrganisationWrite } from "@/server/auth/record-scope";
import { AppError, isAppError } from "@/server/errors";
import { writeAnnualReport } from "../report/write-annual-report";
import { writeRating } from "../rating/write-rating";

/** An error of the rating's write, its field errors named as the form names them
 *  ("score" → "rating.score"). */
async function asRatingPart<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!isAppError(e) || !e.fieldErrors) throw e;
    const named = Object.entries(e.fieldErrors).map(([k, v]) => [`rating.${k}`, v] as const);
    throw new AppError(e.code, e.message, Object.fromEntries(named));
  }
}

/**
 * The dossier page's one save ("Lưu số liệu năm"): the year's report and, for a
 * cooperative, its rating, in the action's one transaction, so either both are written or
 * neither is. The same rules as their separate saves (the organisation writable by the
 * viewer, the year neither submitted nor approved, each record at the version the form
 * was opened with); a rating "not entered yet" (NONE) leaves the rating as it is.
 */
export const saveYearFigures = defineAction({
  name: "yearFigures.save",
  schema: yearFiguresSchema,
  authorize: authorizeOrganisationWrite,
  revalidate: inYear.pages,
  async handler({ input, prisma, audit }) {
    const { organisationId, year, report, rating } = input;
    const reportId = await writeAnnualReport(prisma, audit, organisationId, year, report);
    const rated =
      rating && rating.mode !== "NONE"
        ? await asRatingPart(() => writeRating(prisma, audit, organisationId, year, rating))
        : null;
    return { organisationId, year, reportId, rating: rated };
  },
});
