// Keeps the overview's default view computed: every 30 s, if the data changed since the
// last run, its figures are recomputed in the background, so the first visitor after a
// write does not wait for them (a district: under a second; the whole country: about
// 20 s, docs/performance.md). When nothing changed a run costs one count query: the
// cache (dashboard-cache.ts) already holds the figures of the current data version.
import type { PrismaClient } from "@/generated/prisma/client";
import { dashboardFiltersSchema } from "@/domain/dashboard/filters";
import { toIsoDate } from "@/domain/format/date";
import { runPeriodically } from "../background";
import { getDashboardCached } from "./dashboard-cache";

export function startOverviewWarmer(prisma: PrismaClient): void {
  runPeriodically("Không tính trước được số liệu trang tổng quan", 30_000, async () => {
    // The same filters as the overview page opened without parameters.
    await getDashboardCached(prisma, dashboardFiltersSchema(toIsoDate(new Date())).parse({}));
  });
}
