// Which programme's targets the overview judges the data against: the nation's
// resolution, a province's plan, the district's programme. Links, not a form: the choice
// is part of the URL (shareable, works without JavaScript) and keeps the other filters.
import Link from "next/link";
import { dashboardQuery, type DashboardFilters } from "@/domain/dashboard/filters";
import type { ProgrammeInfo } from "@/server/programmes/get-programme";
import { formatDate } from "@/domain/format/date";
import { PROGRAMME_LEVEL } from "@/domain/enums";

type Props = { programmes: ProgrammeInfo[]; current: ProgrammeInfo; filters: DashboardFilters };

export function ProgrammeSwitcher({ programmes, current, filters }: Props) {
  if (programmes.length < 2) return null;
  return (
    <nav aria-label="Chọn chương trình" className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium text-slate-700">Chương trình:</span>
      {programmes.map((p) => {
        const active = p.code === current.code;
        // a different territory: the area filter of one programme means nothing in another
        const query = dashboardQuery(filters, {
          programme: p.code,
          communeIds: p.scopeCode === current.scopeCode ? filters.communeIds : [],
        });
        return (
          <Link
            key={p.code}
            href={`/?${query}`}
            aria-current={active ? "page" : undefined}
            data-testid={`programme-${p.code}`}
            className={`inline-flex min-h-6 items-center rounded-full border px-3 py-1 ${
              active
                ? "border-brand-700 bg-brand-700 font-semibold text-white"
                : "border-slate-300 bg-white text-slate-800 hover:border-brand-700"
            }`}
          >
            <span className="sr-only">{PROGRAMME_LEVEL.label[p.level]}: </span>
            {p.shortTitle}
          </Link>
        );
      })}
    </nav>
  );
}

/** "Nghị quyết 20-NQ/TW ngày 16/06/2022 của Ban Chấp hành Trung ương Đảng" (the line
 *  below it names the territory). */
export function programmeLine(p: ProgrammeInfo): string {
  const issued = p.issuedOn ? ` ngày ${formatDate(p.issuedOn)}` : "";
  const body = p.issuingBody ? ` của ${p.issuingBody}` : "";
  return `${p.shortTitle}${issued}${body}`;
}
