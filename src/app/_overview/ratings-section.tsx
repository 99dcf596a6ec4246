import { RATING_LEVEL_LABELS } from "@/domain/labels";
import type { Dashboard } from "@/server/targets/get-dashboard";
import { BreakdownBarChart } from "../_components/dashboard/lazy-charts";
import { RowHead, Table } from "../_components/table";
import { Section } from "../_components/page-layout";
import { CountCells, MissingCells } from "./figure-cells";

const SERIES = [
  { key: "GOOD", label: RATING_LEVEL_LABELS.GOOD, colour: "#15803d" },
  { key: "FAIR", label: RATING_LEVEL_LABELS.FAIR, colour: "#65a30d" },
  { key: "AVERAGE", label: RATING_LEVEL_LABELS.AVERAGE, colour: "#ca8a04" },
  { key: "WEAK", label: RATING_LEVEL_LABELS.WEAK, colour: "#b91c1c" },
  { key: "unrated", label: "Thuộc diện, chưa xếp loại", colour: "#6b7280" },
  { key: "ineligible", label: "Không thuộc diện đánh giá", colour: "#cbd5e1" },
] as const;

const COLUMNS = ["Tốt", "Khá", "Trung bình", "Yếu", "Thuộc diện, chưa xếp loại", "Không thuộc diện"];

/** Active cooperatives by rating level and year; a year without data says so. */
export function RatingsSection({ d, yearLabel }: { d: Dashboard; yearLabel: (year: number) => string }) {
  const missingYears = new Set(d.missingYears);
  if (d.ratings.length === 0) return null;
  return (
    <Section id="xep-loai" title="Xếp loại hợp tác xã đang hoạt động theo năm">
      <BreakdownBarChart
        rows={d.ratings.map((r) =>
          missingYears.has(r.year)
            ? ({ year: `${r.year} (chưa có số liệu)` } as Record<string, string | null>)
            : { year: yearLabel(r.year), ...Object.fromEntries(SERIES.map((s) => [s.key, r[s.key]])) },
        )}
        categoryKey="year"
        stacked
        height={260}
        series={[...SERIES]}
      />
      <Table
        frame="scroll"
        className="w-full text-sm"
        testId="ratings-table"
        caption="Số hợp tác xã theo mức xếp loại và năm"
        columns={["Năm", ...COLUMNS.map((label) => ({ label, numeric: true }))]}
        dense
      >
        {d.ratings.map((r) => (
          <tr key={r.year} className="border-t border-slate-100">
            <RowHead dense>{yearLabel(r.year)}</RowHead>
            {missingYears.has(r.year) ? <MissingCells span={6} /> : <CountCells values={SERIES.map((s) => r[s.key])} />}
          </tr>
        ))}
      </Table>
    </Section>
  );
}
