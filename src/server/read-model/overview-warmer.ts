// Keeps the overview ready: every 30 s, the pre-aggregated target facts are brought up to
// date (the years from the first data year to this one, as of their year-ends and
// today: a year is rebuilt whole when missing or when the date moved, otherwise only
// what was written since), then, if the data changed since the last run, the default
// view's figures are recomputed in the background, so the first visitor after a write
// does not wait for them. When nothing changed a run costs two small queries: the
// snapshots are current and the cache (dashboard-cache.ts) holds the figures of the
// current data version.
import type { PrismaClient } from "@/generated/prisma/client";
import { dashboardFiltersSchema } from "@/domain/dashboard/filters";
import { runPeriodically } from "../background";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { getDashboardCached } from "./dashboard-cache";
import { getFirstDataYear } from "../targets/get-dashboard";
import { getYearClosureCached } from "../targets/year-closure";
import { defaultOverviewYear } from "@/domain/targets/closing";
import { refreshTargetSnapshots, wantedSnapshots } from "./snapshots";

export function startOverviewWarmer(prisma: PrismaClient): void {
  runPeriodically("Không tính trước được số liệu trang tổng quan", 30_000, async () => {
    const today = todayIsoInVietnam();
    const { rebuilt } = await refreshTargetSnapshots(prisma, wantedSnapshots(await getFirstDataYear(prisma), today));
    if (rebuilt.length) console.log(`Số liệu tổng hợp sẵn: đã dựng lại năm ${rebuilt.join(", ")}.`);
    // The same filters as the overview page opened without parameters: the latest closed year.
    const closure = await getYearClosureCached(prisma, today);
    const filters = dashboardFiltersSchema(today, defaultOverviewYear(closure)).parse({});
    await getDashboardCached(prisma, filters, { today, rule: closure.rule });
  });
}
