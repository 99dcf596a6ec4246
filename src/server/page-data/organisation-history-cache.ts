// The organisation page's data, kept until the data change (src/server/read-model/versioned-cache.ts). Its nine
// queries cost ≈ 12 ms of Node and ≈ 20 ms of PostgreSQL CPU per view (the members per
// year since founding is most of the latter), and organisation pages were the slowest
// part of the load test. Every signed-in role may read every organisation, so the
// cached value does not depend on the viewer; the page checks the viewer before.
import type { PrismaClient } from "@/generated/prisma/client";
import { createVersionedCache } from "../read-model/versioned-cache";
import { getOrganisationHistory, type OrganisationHistory } from "../organisation/get-organisation-history";
import { todayIsoInVietnam } from "@/domain/time/vietnam";

const cached = createVersionedCache<OrganisationHistory>(500);

export function getOrganisationHistoryCached(
  prisma: PrismaClient,
  id: number,
  today: string = todayIsoInVietnam(),
): Promise<OrganisationHistory> {
  return cached(prisma, `${id}:${today}`, () => getOrganisationHistory(prisma, id, today));
}
