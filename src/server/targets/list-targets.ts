import type { PrismaClient } from "@/generated/prisma/client";

/** Targets of every programme and rating thresholds as stored (all validity periods,
 *  newest first). */
export async function listTargetSettings(prisma: PrismaClient) {
  const [targets, thresholds] = await Promise.all([
    prisma.target.findMany({
      include: { programme: { select: { code: true, shortTitle: true, level: true } } },
      orderBy: [{ programmeId: "asc" }, { horizonYear: "asc" }, { code: "asc" }, { validFrom: "desc" }],
    }),
    prisma.ratingThreshold.findMany({ orderBy: [{ scheme: "asc" }, { validFrom: "desc" }, { minScore: "desc" }] }),
  ]);
  return { targets, thresholds };
}
