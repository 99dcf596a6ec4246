"use server";
import { ratingSchema } from "@/domain/entry/year-figures";
import { defineAction } from "@/server/actions/define-action";
import { inYear } from "@/server/dossier/save-owned";
import { authorizeOrganisationWrite } from "@/server/auth/record-scope";
import { writeRating } from "./write-rating";

/** Creates or updates a cooperative's rating for a year; the level comes from RatingThreshold. */
export const saveRating = defineAction({
  name: "ratings.save",
  schema: ratingSchema,
  authorize: authorizeOrganisationWrite,
  revalidate: inYear.pages,
  async handler({ input, prisma, audit }) {
    const { organisationId, year, ...entry } = input;
    const { id, level } = await writeRating(prisma, audit, organisationId, year, entry);
    return { id, organisationId, year, level };
  },
});
