// The overview's figures per filter set, kept until the data change
// (src/server/read-model/versioned-cache.ts). At most 64 filter sets per database. The day
// and the closing rule are part of the key: which years are closed moves with them,
// without any write to the data.
import type { PrismaClient } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/domain/dashboard/filters";
import { createVersionedCache } from "../read-model/versioned-cache";
import { fullContext, getDashboard, type Dashboard, type DashboardContext } from "../targets/get-dashboard";

const cached = createVersionedCache<Dashboard>(64);

export async function getDashboardCached(
  prisma: PrismaClient,
  filters: DashboardFilters,
  context: DashboardContext = {},
): Promise<Dashboard> {
  const full = await fullContext(prisma, context);
  return cached(prisma, JSON.stringify([filters, full.today, full.rule]), () => getDashboard(prisma, filters, full));
}
