// The figures broken down by commune (or the level above), by sector and by type.
import { formatInteger } from "@/domain/format/number";
import type { DashboardFilters } from "@/domain/dashboard/filters";
import { BREAKDOWN_LEVEL_LABELS } from "@/domain/dashboard/breakdown";
import type { BreakdownRow, Dashboard } from "@/server/targets/get-dashboard";
import { BreakdownBarChart } from "../_components/dashboard/lazy-charts";
import { evaluateTargets } from "@/domain/targets/compute";
import { RowHead, Table } from "../_components/table";
import { Section } from "../_components/page-layout";
import { BreakdownTable } from "./breakdown-table";
import { CountCells, MissingCells } from "./figure-cells";

const ORG_TYPE_SERIES = [
  { key: "THT", label: "Tổ hợp tác", colour: "#0f766e" },
  { key: "HTX", label: "Hợp tác xã", colour: "#1d4ed8" },
  { key: "LHHTX", label: "Liên hiệp HTX", colour: "#7c3aed" },
];

/** Active organisations per type for a bar chart; a row with nothing reported has no bars. */
function barCounts(r: BreakdownRow): Record<string, string | number | null> {
  if (r.dossiers.total === 0) return { label: `${r.label} (chưa có số liệu)`, THT: null, HTX: null, LHHTX: null };
  return { label: r.label, THT: r.inputs.activeTht, HTX: r.inputs.activeHtx, LHHTX: r.inputs.activeLhhtx };
}

/** Active, in a value chain, digital: summed over the three types. */
function typeFigures(r: BreakdownRow): [number, number, number] {
  const i = r.inputs;
  return [
    i.activeTht + i.activeHtx + i.activeLhhtx,
    i.thtWithChain + i.htxWithChain + i.lhhtxWithChain,
    i.thtDigital + i.htxDigital + i.lhhtxDigital,
  ];
}

/** The whole selection as one more row: the selection's own figures (a member of two
 *  communes' cooperatives counts once, rates are of the sums), not the rows added up. */
function totalRow(d: Dashboard): BreakdownRow & { pending: Dashboard["pending"] } {
  const year = d.filters.year;
  return {
    key: "total",
    label: "Tổng cộng",
    inputs: d.current,
    targets: evaluateTargets(d.keyFigures, new Map([[year, d.current]]), year, {
      missingYears: d.dossiers.total === 0 ? new Set([year]) : undefined,
      judge: false,
    }),
    dossiers: d.dossiers,
    pending: d.pending,
  };
}

function TypeRow({ r, total = false }: { r: BreakdownRow; total?: boolean }) {
  return (
    <tr className={total ? undefined : "border-t border-slate-100"}>
      <RowHead dense className={total ? "font-semibold" : undefined}>
        {r.label}
      </RowHead>
      {r.dossiers.total === 0 ? <MissingCells span={3} /> : <CountCells values={typeFigures(r)} />}
    </tr>
  );
}

export function CommuneBreakdown({ d, filters }: { d: Dashboard; filters: DashboardFilters }) {
  const labels = BREAKDOWN_LEVEL_LABELS[d.breakdownLevel];
  return (
    <Section id="theo-xa" title={`${labels.heading} (năm ${filters.year})`} className="space-y-3 break-before-page">
      {d.breakdownLevel === "COMMUNE" ? (
        <p className="text-xs text-slate-600">
          Xã đã sáp nhập năm 2025 được tính vào đơn vị mới cho các năm sau ngày sáp nhập; số liệu các năm trước giữ theo
          đơn vị cũ.
        </p>
      ) : (
        <p className="text-xs text-slate-600">
          Phạm vi có {formatInteger(d.scopeUnitIds.length)} đơn vị cấp xã: số liệu được cộng theo cấp trên để bảng còn
          đọc được; chọn một đơn vị trong bộ lọc để xem chi tiết hơn.
        </p>
      )}
      <BreakdownBarChart
        rows={d.byCommune.map((r) => barCounts(r))}
        categoryKey="label"
        horizontal
        stacked
        height={Math.max(240, d.byCommune.length * 28 + 60)}
        series={ORG_TYPE_SERIES}
      />
      <BreakdownTable
        pending
        rows={d.byCommune}
        total={totalRow(d)}
        caption={`Các chỉ tiêu chính ${labels.heading.toLowerCase()}`}
        firstHeader={labels.column}
        testId="breakdown-commune"
      />
    </Section>
  );
}

export function SectorAndTypeBreakdown({ d }: { d: Dashboard }) {
  // The sector table has ten columns: at half the page width its last one was cut off,
  // so it has the whole width; the type section's small table sits beside its chart.
  return (
    <div className="space-y-8">
      <section aria-labelledby="theo-linh-vuc" className="min-w-0 space-y-3">
        <h2 id="theo-linh-vuc" className="text-lg font-semibold">
          Theo lĩnh vực
        </h2>
        <BreakdownBarChart
          rows={d.bySector.map((r) => barCounts(r))}
          categoryKey="label"
          height={220}
          series={ORG_TYPE_SERIES}
        />
        <BreakdownTable
          rows={d.bySector}
          total={totalRow(d)}
          caption="Các chỉ tiêu chính theo lĩnh vực"
          firstHeader="Lĩnh vực"
          testId="breakdown-sector"
        />
      </section>
      <section aria-labelledby="theo-loai" className="grid min-w-0 gap-3 lg:grid-cols-2 lg:gap-x-8">
        <h2 id="theo-loai" className="text-lg font-semibold lg:col-span-2">
          Theo loại hình
        </h2>
        <BreakdownBarChart
          rows={d.byType.map((r) => {
            const none = r.dossiers.total === 0;
            const [active, chain, digital] = typeFigures(r);
            return {
              label: none ? `${r.label} (chưa có số liệu)` : r.label,
              "Đang hoạt động": none ? null : active,
              "Có liên kết chuỗi": none ? null : chain,
              "Có chuyển đổi số": none ? null : digital,
            };
          })}
          categoryKey="label"
          height={220}
          series={[
            { key: "Đang hoạt động", label: "Đang hoạt động", colour: "#334155" },
            { key: "Có liên kết chuỗi", label: "Có liên kết chuỗi", colour: "#0f766e" },
            { key: "Có chuyển đổi số", label: "Có chuyển đổi số", colour: "#b45309" },
          ]}
        />
        <Table
          frame="scroll"
          className="w-full text-sm"
          testId="breakdown-type"
          caption="Số tổ chức đang hoạt động, có liên kết chuỗi và có chuyển đổi số theo loại hình"
          columns={[
            "Loại hình",
            { label: "Đang hoạt động", numeric: true },
            { label: "Liên kết chuỗi", numeric: true },
            { label: "Chuyển đổi số", numeric: true },
          ]}
          dense
          footer={<TypeRow r={totalRow(d)} total />}
        >
          {d.byType.map((r) => (
            <TypeRow key={r.key} r={r} />
          ))}
        </Table>
      </section>
    </div>
  );
}
