// Creating or updating a cooperative's rating for a year, inside an action's transaction
// (after the organisation was authorized): the rating's own action and the dossier
// page's one-form save ("Lưu số liệu năm") both write it here.
import type { Prisma } from "@/generated/prisma/client";
import type { RatingEntry } from "@/domain/entry/year-figures";
import { deriveRatingLevel } from "@/domain/ratings/derive-level";
import { isoDay, yearEnd } from "@/domain/time/vietnam";
import type { AuditInput } from "../../audit/record-audit";
import { saveByKey } from "../../db/save-by-key";
import { AppError } from "../../errors";
import { assertYearOpen } from "../../approval/year-lock";

type Tx = Prisma.TransactionClient;
type Audit = (entry: AuditInput) => Promise<void>;
type Level = ReturnType<typeof deriveRatingLevel>;

const notRatedMessage = "Tổ hợp tác không xếp loại; hãy ghi đánh giá hiệu quả trong báo cáo năm";

/** The level comes from the RatingThreshold rows in force at the end of the year; a
 *  missing threshold is an error on the score field. Refused for a cooperative group
 *  (THT), while the year is submitted or approved, and when the rating changed (or was
 *  created) since the form was opened. */
export async function writeRating(
  tx: Tx,
  audit: Audit,
  organisationId: number,
  year: number,
  input: RatingEntry,
): Promise<{ id: number; level: Level }> {
  const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { type: true } });
  if (org.type === "THT") throw new AppError("INVALID", notRatedMessage);
  await assertYearOpen(tx, organisationId, year);

  let data: {
    scheme: typeof input.scheme;
    eligible: boolean;
    score: string | null;
    level: Level;
    notRatedReason: typeof input.notRatedReason;
    note: string | null;
  };
  if (input.mode === "SCORED") {
    const at = yearEnd(year);
    const rows = await tx.ratingThreshold.findMany({
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
    data = { scheme: input.scheme, eligible: true, score: input.score, level, notRatedReason: null, note: input.note };
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

  const saved = await saveByKey(
    tx,
    audit,
    "rating",
    { organisationId, year },
    {
      version: input.version,
      data,
      snapshot: (r) => ({
        year: r.year,
        scheme: r.scheme,
        eligible: r.eligible,
        score: r.score?.toString() ?? null,
        level: r.level,
        notRatedReason: r.notRatedReason,
        note: r.note,
      }),
    },
  );
  return { id: saved.id, level: saved.level };
}
