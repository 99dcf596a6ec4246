// Ratings per year (TT 01/2020): score and level, or why there is none. A year without
// a rating row is explained by the rules of the targets engine (aggregate.ts): not
// active at the year end, operating under 12 months (not eligible), or eligible and
// still unrated (counted as not good in the HTX_GOOD_FAIR target, and flagged).
import { NOT_RATED_REASON_LABELS, ORG_STATUS_SHORT, RATING_LEVEL_LABELS, RATING_SCHEME_LABELS } from "@/domain/labels";
import { formatNumber } from "@/domain/format/number";
import type { OrgStatus } from "@/domain/targets/facts";
import type { OrganisationHistory } from "@/server/organisation/get-organisation-history";
import { pendingYears, type OrganisationApproval } from "@/server/approval/organisation-approval";
import { DataTable, Marked, MISSING } from "./data-table";
import { ScoreChart } from "./score-chart";
import { Section } from "@/app/_components/page-layout";

function statusAt(changes: OrganisationHistory["statusChanges"], asOf: string): OrgStatus | null {
  let status: OrgStatus | null = null;
  for (const c of changes) if (c.effectiveFrom <= asOf) status = c.status; // sorted by date
  return status;
}

export function RatingsSection({ h, approval }: { h: OrganisationHistory; approval?: OrganisationApproval }) {
  const marks = approval ? pendingYears(approval, "Rating") : new Map();
  const byYear = new Map(h.ratings.map((r) => [r.year, r]));
  const founded = h.organisation.foundedOn;
  // From the first year with a rating or a report: ratings were not recorded before,
  // and listing decades of "no result" would hide the years that matter.
  const firstYear = Math.min(...h.ratings.map((r) => r.year), ...h.reports.map((r) => r.year));
  const years = h.membersPerYear
    .filter((y) => y.year >= firstYear && (founded === null || founded <= y.asOf))
    .map((y) => ({ year: y.year, asOf: y.asOf }));
  for (const r of h.ratings)
    if (!years.some((y) => y.year === r.year)) years.push({ year: r.year, asOf: `${r.year}-12-31` });
  years.sort((a, b) => a.year - b.year);

  const rows = years.map(({ year, asOf }) => {
    const r = byYear.get(year);
    if (r) {
      const outcome = !r.eligible
        ? `Không thuộc diện đánh giá${r.notRatedReason ? `: ${NOT_RATED_REASON_LABELS[r.notRatedReason].toLowerCase()}` : ""}`
        : r.level === null
          ? `Chưa xếp loại${r.notRatedReason ? `: ${NOT_RATED_REASON_LABELS[r.notRatedReason].toLowerCase()}` : ""}`
          : "";
      return {
        key: year,
        cells: [
          <Marked key="y" mark={marks.get(year)}>
            {year}
          </Marked>,
          RATING_SCHEME_LABELS[r.scheme],
          r.score === null ? MISSING : formatNumber(r.score, 2),
          r.level ? <strong key="l">{RATING_LEVEL_LABELS[r.level]}</strong> : MISSING,
          [outcome, r.note].filter(Boolean).join(". ") || MISSING,
        ],
      };
    }
    const status = statusAt(h.statusChanges, asOf);
    const oneYearBefore = `${year - 1}${asOf.slice(4)}`;
    const explanation =
      status !== "ACTIVE"
        ? `Không hoạt động tại ngày cuối kỳ (${status ? ORG_STATUS_SHORT[status].toLowerCase() : "chưa có trạng thái"})`
        : founded !== null && founded > oneYearBefore
          ? "Không thuộc diện đánh giá: hoạt động dưới 12 tháng"
          : "Thuộc diện đánh giá nhưng chưa có kết quả";
    return {
      key: year,
      cells: [
        year,
        MISSING,
        MISSING,
        MISSING,
        <span key="e" className={status === "ACTIVE" && explanation.startsWith("Thuộc") ? "text-amber-800" : ""}>
          {explanation}
        </span>,
      ],
    };
  });

  const scored = h.ratings.filter((r) => r.score !== null);
  return (
    <Section id="xep-loai" title="Đánh giá, xếp loại theo năm">
      {scored.length > 0 && (
        <>
          <p className="text-xs text-slate-600">Điểm đánh giá (thang 100 điểm); mức xếp loại ở bảng dưới.</p>
          <ScoreChart points={h.ratings.map((r) => ({ year: r.year, score: r.score }))} />
        </>
      )}
      <DataTable
        caption="Điểm và mức xếp loại theo năm, hoặc lý do chưa xếp loại"
        testId="ratings-table"
        empty="Chưa có dữ liệu đánh giá."
        columns={[
          { label: "Năm" },
          { label: "Bộ tiêu chí" },
          { label: "Điểm", numeric: true },
          { label: "Xếp loại" },
          { label: "Ghi chú" },
        ]}
        rows={rows}
      />
    </Section>
  );
}
