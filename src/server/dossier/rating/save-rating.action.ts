"use server";
import { deriveRatingLevel } from "@/domain/ratings/derive-level";
import { defineAction } from "@/server/actions/define-action";
import { assertCanWriteOrganisation } from "@/server/auth/record-scope";
import { conflictMessage, updateWithVersion } from "@/server/db/optimistic";
import { AppError } from "@/server/errors";
import { assertYearOpen } from "@/server/approval/year-lock";
import { isoDay, yearEnd } from "@/domain/time/vietnam";
import { saveRatingSchema } from "./save-rating.validation";

/** Creates or updates a cooperative's rating for a year; the level comes from RatingThreshold. */
export const saveRating = defineAction({
  name: "ratings.save",
  schema: saveRatingSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOrganisation(viewer, tx, input.organisationId)),
  revalidate: (d: { organisationId: number; year: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/nam/${d.year}`,
  ],
  async handler({ input, prisma, audit }) {
    const { organisationId, year } = input;
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { type: true } });
    if (org.type === "THT") {
      throw new AppError("INVALID", "Tổ hợp tác không xếp loại; hãy ghi đánh giá hiệu quả trong báo cáo năm");
    }
    await assertYearOpen(prisma, organisationId, year);

    let data: {
      scheme: typeof input.scheme;
      eligible: boolean;
      score: string | null;
      level: ReturnType<typeof deriveRatingLevel>;
      notRatedReason: typeof input.notRatedReason;
      note: string | null;
    };
    if (input.mode === "SCORED") {
      const at = yearEnd(year);
      const rows = await prisma.ratingThreshold.findMany({
        where: { scheme: input.scheme, validFrom: { lte: at }, OR: [{ validTo: null }, { validTo: { gte: at } }] },
      });
      const level = deriveRatingLevel(
        input.score!,
        rows.map((r) => ({
          level: r.level,
          minScore: r.minScore.toString(),
          validFrom: isoDay(r.validFrom)!,
          validTo: isoDay(r.validTo),
        })),
        isoDay(at)!,
      );
      if (!level) {
        const msg = `Chưa có ngưỡng xếp loại còn hiệu lực vào cuối năm ${year} cho bộ tiêu chí này; hãy báo quản trị viên`;
        throw new AppError("INVALID", msg, { score: [msg] });
      }
      data = {
        scheme: input.scheme,
        eligible: true,
        score: input.score,
        level,
        notRatedReason: null,
        note: input.note,
      };
    } else {
      // PENDING: eligible but not assessed yet; the other reasons make it not eligible that year.
      const eligible = input.notRatedReason === "PENDING";
      data = {
        scheme: input.scheme,
        eligible,
        score: null,
        level: null,
        notRatedReason: input.notRatedReason,
        note: input.note,
      };
    }

    const existing = await prisma.rating.findUnique({ where: { organisationId_year: { organisationId, year } } });
    const snapshot = (r: typeof existing) =>
      r && {
        year: r.year,
        scheme: r.scheme,
        eligible: r.eligible,
        score: r.score?.toString() ?? null,
        level: r.level,
        notRatedReason: r.notRatedReason,
        note: r.note,
      };
    if (existing) {
      if (input.version === undefined)
        throw new AppError("CONFLICT", await conflictMessage(prisma, "Rating", existing.id));
      const after = await updateWithVersion(prisma, "rating", existing.id, input.version, data);
      await audit({
        action: "UPDATE",
        entity: "Rating",
        entityId: existing.id,
        before: snapshot(existing),
        after: snapshot(after),
      });
      return { id: existing.id, organisationId, year, level: after.level };
    }
    const created = await prisma.rating.create({ data: { organisationId, year, ...data } });
    await audit({ action: "CREATE", entity: "Rating", entityId: created.id, after: snapshot(created) });
    return { id: created.id, organisationId, year, level: created.level };
  },
});
