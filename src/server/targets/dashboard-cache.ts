// The overview's figures per filter set, kept until the data change
// (src/server/cache/versioned-cache.ts). At most 64 filter sets per database.
import type { PrismaClient } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/domain/dashboard/filters";
import { createVersionedCache } from "../cache/versioned-cache";
import { getDashboard, type Dashboard } from "./get-dashboard";

const cached = createVersionedCache<Dashboard>(64);

export function getDashboardCached(prisma: PrismaClient, filters: DashboardFilters): Promise<Dashboard> {
  return cached(prisma, JSON.stringify(filters), () => getDashboard(prisma, filters));
}
