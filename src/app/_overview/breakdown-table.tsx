import type { TargetCode } from "@/domain/targets/definitions";
import { formatInteger, formatTargetValue } from "@/domain/format/number";
import type { BreakdownRow, Pending } from "@/server/targets/get-dashboard";
import { RowHead, Table } from "../_components/table";
import { MissingCells } from "./figure-cells";

/** Key figures shown per commune, sector and type. */
const BREAKDOWN_TARGETS: { code: TargetCode; short: string }[] = [
  { code: "THT_COUNT", short: "THT" },
  { code: "HTX_COUNT", short: "HTX" },
  { code: "THT_MEMBERS", short: "TV THT" },
  { code: "HTX_MEMBERS", short: "TV HTX" },
  { code: "HTX_GOOD_FAIR", short: "HTX tốt, khá" },
  { code: "HTX_VALUE_CHAIN", short: "HTX liên kết chuỗi" },
  { code: "HTX_HIGH_TECH", short: "HTX CNC" },
  { code: "POP_SHARE", short: "Dân số tham gia" },
  { code: "ORG_DIGITAL", short: "Chuyển đổi số" },
];

type Row = BreakdownRow & { pending?: Pending };

function FigureRow({ r, pending, total = false }: { r: Row; pending: boolean; total?: boolean }) {
  return (
    <tr className={total ? undefined : "border-t border-slate-100"}>
      {/* nowrap: on a phone the table scrolls sideways instead of breaking a commune's name into three lines */}
      <RowHead dense className={`whitespace-nowrap ${total ? "font-semibold" : "font-normal"}`}>
        {r.label}
      </RowHead>
      {r.dossiers.total === 0 ? (
        <MissingCells
          span={BREAKDOWN_TARGETS.length}
          text="Chưa có số liệu (chưa có hồ sơ năm)"
          testId={total ? undefined : "row-missing"}
        />
      ) : (
        BREAKDOWN_TARGETS.map((b) => {
          const t = r.targets.find((x) => x.code === b.code)!;
          return (
            <td key={b.code} className="px-2 py-1 text-right">
              {formatTargetValue(t.value, t.unit === "PERCENT")}
            </td>
          );
        })
      )}
      {pending && (
        <td className="px-2 py-1 text-right">
          {formatInteger((r.pending?.submitted ?? 0) + (r.pending?.notSubmitted ?? 0))}
        </td>
      )}
    </tr>
  );
}

export function BreakdownTable({
  rows,
  total,
  caption,
  firstHeader,
  testId,
  pending = false,
}: {
  rows: Row[];
  /** The whole selection ("Tổng cộng"): its rates are computed from its own sums. */
  total: Row;
  caption: string;
  firstHeader: string;
  testId: string;
  /** Adds the count of yearly dossiers not yet approved (commune breakdown). */
  pending?: boolean;
}) {
  const columns = [
    firstHeader,
    ...BREAKDOWN_TARGETS.map((b) => ({ label: b.short, numeric: true })),
    ...(pending ? [{ label: "Hồ sơ chưa duyệt", numeric: true }] : []),
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      testId={testId}
      dense
      footer={<FigureRow r={total} pending={pending} total />}
    >
      {rows.map((r) => (
        <FigureRow key={r.key} r={r} pending={pending} />
      ))}
    </Table>
  );
}
