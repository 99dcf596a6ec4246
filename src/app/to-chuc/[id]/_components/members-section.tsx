// Members at each year end: from the register by member type, or the reported count
// when the organisation keeps no register here; a union's members are cooperatives.
import { BreakdownBarChart } from "@/app/_components/dashboard/lazy-charts";
import type { ComponentProps } from "react";
import { MEMBER_TYPE_LABEL } from "@/domain/labels";
import { formatDate } from "@/domain/format/date";
import { formatInteger } from "@/domain/format/number";
import type { OrganisationHistory } from "@/server/organisation/get-organisation-history";
import type { OrganisationApproval } from "@/server/approval/organisation-approval";
import { PendingBadges } from "@/app/_components/entry/approval-badges";
import { DataTable, MISSING, TableDetails } from "./data-table";
import { Section } from "@/app/_components/page-layout";

const count = (n: number | null) => (n === null ? MISSING : formatInteger(n));

type Years = OrganisationHistory["membersPerYear"];
type View = {
  /** Where the figures come from, said above them. */
  source: string;
  chart: Omit<ComponentProps<typeof BreakdownBarChart>, "categoryKey">;
  table: Omit<ComponentProps<typeof DataTable>, "testId">;
};

/** The chart of the members per year, and its numbers in a table folded under it. */
function ChartAndTable({ chart, table }: Pick<View, "chart" | "table">) {
  return (
    <>
      <BreakdownBarChart {...chart} categoryKey="year" />
      <TableDetails rows={table.rows.length}>
        <DataTable testId="members-table" {...table} />
      </TableDetails>
    </>
  );
}

/** What each source of the member figures shows: the register by member type, the
 *  reported counts from the first report on, or a union's member cooperatives. */
const VIEWS: Record<OrganisationHistory["memberSource"], (years: Years) => View> = {
  REGISTER: (years) => ({
    source:
      "Nguồn: sổ thành viên. Số thành viên còn hiệu lực tại ngày 31/12 của mỗi năm, theo loại thành viên; mỗi thành viên tính một lần.",
    chart: {
      rows: years.map((y) => ({
        year: String(y.year),
        OFFICIAL: y.register.official,
        ASSOCIATE_CAPITAL: y.register.associateCapital,
        ASSOCIATE_NO_CAPITAL: y.register.associateNoCapital,
      })),
      stacked: true,
      height: 220,
      series: [
        { key: "OFFICIAL", label: "Chính thức", colour: "#1d4ed8" },
        { key: "ASSOCIATE_CAPITAL", label: "Liên kết góp vốn", colour: "#0f766e" },
        { key: "ASSOCIATE_NO_CAPITAL", label: "Liên kết không góp vốn", colour: "#b45309" },
      ],
    },
    table: {
      caption: "Số thành viên theo sổ tại cuối mỗi năm, theo loại thành viên, và số báo cáo",
      empty: "Chưa có dữ liệu thành viên.",
      columns: [
        { label: "Năm" },
        { label: "Tính đến ngày" },
        { label: MEMBER_TYPE_LABEL.OFFICIAL, numeric: true },
        { label: MEMBER_TYPE_LABEL.ASSOCIATE_CAPITAL, numeric: true },
        { label: MEMBER_TYPE_LABEL.ASSOCIATE_NO_CAPITAL, numeric: true },
        { label: "Tổng theo sổ", numeric: true },
        { label: "Theo báo cáo năm", numeric: true },
      ],
      rows: years.map((y) => ({
        key: y.year,
        cells: [
          y.year,
          formatDate(y.asOf),
          formatInteger(y.register.official),
          formatInteger(y.register.associateCapital),
          formatInteger(y.register.associateNoCapital),
          <strong key="t">{formatInteger(y.register.total)}</strong>,
          count(y.reported),
        ],
      })),
    },
  }),
  REPORT: (years) => {
    // Without a register only the reported years carry a figure: start at the first one.
    const firstReported = years.find((y) => y.reported !== null)?.year ?? Infinity;
    const reportYears = years.filter((y) => y.year >= firstReported);
    return {
      source:
        "Nguồn: báo cáo năm. Tổ chức chưa có sổ thành viên trên hệ thống nên số thành viên lấy theo số liệu báo cáo.",
      chart: {
        rows: reportYears.filter((y) => y.reported !== null).map((y) => ({ year: String(y.year), n: y.reported ?? 0 })),
        height: 200,
        series: [{ key: "n", label: "Thành viên (theo báo cáo)", colour: "#0f766e" }],
      },
      table: {
        caption: "Số thành viên theo báo cáo năm",
        empty: "Chưa có báo cáo năm nào.",
        columns: [
          { label: "Năm" },
          { label: "Thành viên (theo báo cáo)", numeric: true },
          { label: "Trong đó chính thức", numeric: true },
        ],
        rows: reportYears.map((y) => ({
          key: y.year,
          cells: [y.year, y.reported === null ? "Chưa báo cáo" : formatInteger(y.reported), count(y.reportedOfficial)],
        })),
      },
    };
  },
  UNION: (years) => ({
    source:
      "Thành viên của liên hiệp là các hợp tác xã, không tính vào các chỉ tiêu về thành viên. Số hợp tác xã thành viên còn hiệu lực tại ngày 31/12 của mỗi năm.",
    chart: {
      rows: years.map((y) => ({ year: String(y.year), n: y.unionMembers })),
      height: 200,
      series: [{ key: "n", label: "Hợp tác xã thành viên", colour: "#7c3aed" }],
    },
    table: {
      caption: "Số hợp tác xã thành viên tại cuối mỗi năm",
      empty: "Chưa có dữ liệu.",
      columns: [{ label: "Năm" }, { label: "Tính đến ngày" }, { label: "Hợp tác xã thành viên", numeric: true }],
      rows: years.map((y) => ({ key: y.year, cells: [y.year, formatDate(y.asOf), formatInteger(y.unionMembers)] })),
    },
  }),
};

export function MembersSection({ h, approval }: { h: OrganisationHistory; approval?: OrganisationApproval }) {
  const pending = approval?.pending.filter((c) => c.entity === "Membership" || c.entity === "UnionMembership") ?? [];
  const years = h.membersPerYear;
  const current = years.find((y) => !y.asOf.endsWith("-12-31"));
  const view = VIEWS[h.memberSource](years);
  return (
    <Section
      id="thanh-vien"
      title={
        <>
          {h.memberSource === "UNION" ? "Hợp tác xã thành viên theo năm" : "Thành viên theo năm"}
          <PendingBadges
            waiting={pending.filter((c) => c.waiting).length}
            unsent={pending.filter((c) => !c.waiting).length}
          />
        </>
      }
    >
      {pending.length > 0 && (
        <p className="text-sm text-slate-700">
          Sổ thành viên có {pending.length} thay đổi chưa được duyệt: các con số dưới đây đã gồm các thay đổi đó; số
          liệu chỉ tiêu (mặc định chỉ tính số liệu đã duyệt) chưa tính chúng.
        </p>
      )}
      <p className="text-sm text-slate-700" data-testid="member-source">
        {view.source}
        {current && ` Năm ${current.year} tính đến ngày ${formatDate(current.asOf)}.`}
      </p>

      <ChartAndTable chart={view.chart} table={view.table} />
    </Section>
  );
}
