"use server";
import { ratingSchema } from "@/domain/entry/year-figures";
import { defineAction } from "@/server/actions/define-action";
import { assertCanWriteOrganisation } from "@/server/auth/record-scope";
import { writeRating } from "./write-rating";

/** Creates or updates a cooperative's rating for a year; the level comes from RatingThreshold. */
export const saveRating = defineAction({
  name: "ratings.save",
  schema: ratingSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOrganisation(viewer, tx, input.organisationId)),
  revalidate: (d: { organisationId: number; year: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/nam/${d.year}`,
  ],
  async handler({ input, prisma, audit }) {
    const { organisationId, year, ...entry } = input;
    const { id, level } = await writeRating(prisma, audit, organisationId, year, entry);
    return { id, organisationId, year, level };
  },
});
