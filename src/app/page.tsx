import { ORG_TYPE, SECTOR } from "@/domain/enums";
import { groupUnitsForPicker } from "@/domain/territory/unit-label";
import { compareVietnamese } from "@/domain/format/collate";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { getDashboardCached } from "@/server/page-data/dashboard-cache";
import { dashboardFiltersSchema, dashboardQuery, programmeParam } from "@/domain/dashboard/filters";
import { getProgramme } from "@/server/programmes/get-programme";
import { PROGRESS_METHOD_TEXT } from "@/domain/targets/progress";
import { defaultOverviewYear } from "@/domain/targets/closing";
import { getYearClosureCached } from "@/server/targets/year-closure";
import { BREAKDOWN_LEVEL_LABELS } from "@/domain/dashboard/breakdown";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { DashboardFiltersForm } from "./_components/dashboard/filters-form";
import { OverviewHeader } from "./_overview/overview-header";
import { Scoreboard, statusFilter } from "./_overview/scoreboard";
import { DownloadsNav } from "./_overview/downloads-nav";
import { TargetSections } from "./_overview/target-sections";
import { CommuneBreakdown, SectorAndTypeBreakdown } from "./_overview/breakdown-sections";
import { RatingsSection } from "./_overview/ratings-section";
import { BelowTheFold } from "./_overview/below-the-fold";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverviewPage({ searchParams }: Props) {
  await connection();
  const viewer = await requireViewer();
  const today = todayIsoInVietnam();
  const asked = await searchParams;
  // no programme in the URL: the user's own, then the installation's default
  const params =
    asked.chuong_trinh === undefined && viewer.programmeCode ? { ...asked, chuong_trinh: viewer.programmeCode } : asked;
  // Without a year in the URL the overview opens on the latest year closed over the
  // programme's territory.
  const programme = await getProgramme(prisma, programmeParam(params.chuong_trinh));
  const closure = await getYearClosureCached(prisma, today, programme ? programme.scopeCode : undefined);
  const filters = dashboardFiltersSchema(today, defaultOverviewYear(closure)).parse(params);
  const d = await getDashboardCached(prisma, filters, { today, rule: closure.rule });
  const judged = !d.closure.provisional && !d.narrowed;
  // a status filter only means something where statuses are judged
  const status = judged ? statusFilter(params.trang_thai) : null;
  const latestClosed = closure.closedYears[closure.closedYears.length - 1];
  const provisionalLabel = (y: number) => (d.closure.closedYears.includes(y) ? String(y) : `${y} (tạm tính)`);
  const years: number[] = [];
  for (let y = Number(today.slice(0, 4)); y >= Math.min(d.firstYear, filters.year); y--) years.push(y);
  // current units first, dissolved ones after, marked with where they count today
  const pickerUnits = groupUnitsForPicker(d.areaOptions, compareVietnamese);
  const communeOptions = [...pickerUnits.current, ...pickerUnits.former].map((o) => ({
    value: String(o.id),
    label: o.label,
  }));
  const areaFilterLabel = BREAKDOWN_LEVEL_LABELS[d.areaOptionsLevel].column;

  return (
    <div className="space-y-8">
      <OverviewHeader d={d} filters={filters} areaFilterLabel={areaFilterLabel} latestClosed={latestClosed} />
      <Scoreboard d={d} year={filters.year} judged={judged} base={dashboardQuery(filters)} selected={status} />
      <DashboardFiltersForm
        // remount on every new URL: the inputs are uncontrolled and "Bỏ lọc" is a link
        key={dashboardQuery(filters)}
        year={filters.year}
        years={years.map((y) => ({ value: y, label: closure.closedYears.includes(y) ? String(y) : `${y} (tạm tính)` }))}
        asOf={filters.asOf}
        asOfChosen={filters.asOfChosen}
        areaLegend={areaFilterLabel}
        communes={communeOptions}
        selectedCommunes={filters.communeIds}
        sectors={SECTOR.options}
        selectedSectors={filters.sectors}
        types={ORG_TYPE.values.map((value) => ({ value, label: value }))}
        selectedTypes={filters.orgTypes}
        includeUnapproved={filters.includeUnapproved}
      />

      <DownloadsNav filters={filters} />
      <BelowTheFold className="space-y-8">
        <TargetSections d={d} status={status} />
      </BelowTheFold>
      <BelowTheFold>
        <CommuneBreakdown d={d} filters={filters} />
      </BelowTheFold>
      <BelowTheFold>
        <SectorAndTypeBreakdown d={d} />
      </BelowTheFold>
      <BelowTheFold>
        <RatingsSection d={d} yearLabel={provisionalLabel} />
      </BelowTheFold>

      <section aria-labelledby="cach-danh-gia" className="space-y-2 text-sm">
        <h2 id="cach-danh-gia" className="text-lg font-semibold">
          Cách đánh giá tiến độ
        </h2>
        <p className="max-w-4xl whitespace-pre-line text-slate-700">{PROGRESS_METHOD_TEXT}</p>
      </section>
    </div>
  );
}
