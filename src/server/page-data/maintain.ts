// The read model's background work (src/instrumentation.ts starts it; docs/read-model.md).
// Every 30 s, once across all instances on the database:
// 1. apply the KTT_READ_MODEL setting (mode.ts): turn the facts on (and build them) or
//    off (and drop them);
// 2. while on, keep the facts current: the years from the first data year to this one,
//    as of their year-ends and today (a year is rebuilt whole when missing or when the
//    date moved), plus whatever writes from outside the app logged (scripts, psql);
// 3. fold the data-change log into its base row (data-version.ts), so the data version
//    stays a cheap read for ever.
// Then, in every instance (the figures cache is per process): when the read model is on
// and the data changed, the default overview's figures are computed ahead, so the first
// visitor after a write does not wait for them. Page requests never do any of this.
import type { PrismaClient } from "@/generated/prisma/client";
import { dashboardFiltersSchema } from "@/domain/dashboard/filters";
import { defaultOverviewYear } from "@/domain/targets/closing";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { runPeriodically } from "../background";
import { getFirstDataYear, getYearClosureCached } from "../targets/year-closure";
import { getDashboardCached } from "./dashboard-cache";
import { compactDataChanges } from "../read-model/data-version";
import { factsOn, readModelSetting, readModelWanted, switchFacts } from "../read-model/mode";
import { refreshTargetSnapshots, wantedSnapshots } from "../read-model/snapshots";

const EVERY_MS = 30_000;

export function startReadModel(prisma: PrismaClient): void {
  const setting = readModelSetting();
  runPeriodically(
    "Không bảo trì được dữ liệu tổng hợp sẵn",
    EVERY_MS,
    async () => void (await maintainReadModel(prisma, setting)),
    {
      once: { prisma, name: "read-model" },
    },
  );
  runPeriodically("Không tính trước được số liệu trang tổng quan", EVERY_MS, () => warmOverview(prisma));
}

/** Steps 1-3 above; exported for the tests and the benchmark. */
export async function maintainReadModel(
  prisma: PrismaClient,
  setting = readModelSetting(),
  today = todayIsoInVietnam(),
): Promise<{ on: boolean; rebuilt: number[] }> {
  const organisations = await prisma.organisation.count();
  const wanted = readModelWanted(setting, organisations);
  let on = await factsOn(prisma);
  if (wanted !== on) {
    await switchFacts(prisma, wanted);
    on = wanted;
    console.log(`Dữ liệu tổng hợp sẵn: ${on ? "bật" : "tắt"} (KTT_READ_MODEL=${setting}, ${organisations} tổ chức).`);
  }
  let rebuilt: number[] = [];
  if (on) {
    ({ rebuilt } = await refreshTargetSnapshots(prisma, wantedSnapshots(await getFirstDataYear(prisma), today)));
    if (rebuilt.length) console.log(`Số liệu tổng hợp sẵn: đã dựng lại năm ${rebuilt.join(", ")}.`);
  } else {
    // Rows a writer logged in the instant the switch went off.
    await prisma.$executeRaw`DELETE FROM "TargetDirty"`;
  }
  await compactDataChanges(prisma);
  return { on, rebuilt };
}

async function warmOverview(prisma: PrismaClient): Promise<void> {
  if (!(await factsOn(prisma))) return;
  const today = todayIsoInVietnam();
  // The same filters as the overview page opened without parameters: the latest closed year.
  const closure = await getYearClosureCached(prisma, today);
  const filters = dashboardFiltersSchema(today, defaultOverviewYear(closure)).parse({});
  await getDashboardCached(prisma, filters, { today, rule: closure.rule });
}
