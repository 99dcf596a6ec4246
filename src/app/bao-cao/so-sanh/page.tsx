import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getReport, type ReportView } from "@/server/reports/get-report";
import { compareSnapshots } from "@/domain/reports/snapshot";
import { formatCell } from "@/domain/reports/tables";
import { formatDate } from "@/domain/format/date";
import { formatInteger } from "@/domain/format/number";
import { REPORT_STATUS_LABELS } from "@/domain/reports/period";
import { ScrollFrame } from "@/app/_components/table";

export const metadata: Metadata = { title: "So sánh báo cáo" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const idParam = z.preprocess(first, z.coerce.number().int().positive().max(2_147_483_647).optional()).catch(undefined);

const th = "border border-slate-300 px-2 py-1";

/** One of the two reports compared: its title, period, date, status and scope. */
function ReportCard({ side, view }: { side: "A" | "B"; view: ReportView }) {
  const { report, document } = view;
  return (
    <div className="rounded border border-slate-200 bg-white p-3">
      <dt className="font-semibold">{side}</dt>
      <dd>
        <Link href={`/bao-cao/${report.id}`} className="text-brand-800 underline">
          {`${report.title} (${document.periodLabel}, đến ${formatDate(report.asOf)}; ${REPORT_STATUS_LABELS[report.status].toLowerCase()})`}
        </Link>
        <br />
        Phạm vi: {document.snapshot.scopeLabel}
      </dd>
    </div>
  );
}

/** Side-by-side comparison of any two reports the viewer may see: each target in A and B and B − A. */
export default async function CompareReportsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const q = z.object({ a: idParam, b: idParam }).parse(await searchParams);
  const load = async (id: number | undefined): Promise<ReportView | null> =>
    id === undefined
      ? null
      : getReport(viewer, prisma, id).catch((e: unknown) => {
          if (isAppError(e) && e.code === "NOT_FOUND") return null;
          throw e;
        });
  const [a, b] = [await load(q.a), await load(q.b)];

  if (!a || !b) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">So sánh hai báo cáo</h1>
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          Hãy chọn hai báo cáo (A và B) trong{" "}
          <Link href="/bao-cao" className="text-brand-800 underline">
            danh sách báo cáo
          </Link>
          {q.a || q.b ? "; một trong hai báo cáo đã chọn không tồn tại hoặc bạn không được xem." : "."}
        </p>
      </div>
    );
  }
  const rows = compareSnapshots(a.document.snapshot, b.document.snapshot);
  const sumType = (v: ReportView) =>
    // A commune with no dossier adds nothing (its counts are missing, not 0).
    v.document.snapshot.communes.reduce(
      (t, r) => t + (r.activeTht ?? 0) + (r.activeHtx ?? 0) + (r.activeLhhtx ?? 0),
      0,
    );
  const cell = (unit: "COUNT" | "PERCENT", v: number | null) =>
    formatCell({ v, kind: unit === "PERCENT" ? "percent" : "integer" });

  return (
    <div className="space-y-4">
      <Link href="/bao-cao" className="text-sm text-brand-800 underline">
        ← Danh sách báo cáo
      </Link>
      <h1 className="text-2xl font-bold">So sánh hai báo cáo</h1>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <ReportCard side="A" view={a} />
        <ReportCard side="B" view={b} />
      </dl>
      {a.document.snapshot.scopeLabel !== b.document.snapshot.scopeLabel && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          Hai báo cáo có phạm vi khác nhau: chênh lệch phản ánh cả khác biệt về địa bàn.
        </p>
      )}
      <ScrollFrame label="So sánh báo cáo">
        <table className="min-w-full border-collapse text-sm" data-testid="comparison">
          <caption className="sr-only">Các chỉ tiêu của báo cáo A và B và chênh lệch</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={th}>
                Chỉ tiêu
              </th>
              <th scope="col" className={th}>
                A
              </th>
              <th scope="col" className={th}>
                % kế hoạch (A)
              </th>
              <th scope="col" className={th}>
                B
              </th>
              <th scope="col" className={th}>
                % kế hoạch (B)
              </th>
              <th scope="col" className={th}>
                Chênh lệch (B − A)
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <th scope="row" className={`${th} text-left font-normal`}>
                  {r.title}
                </th>
                <td className={`${th} text-right`}>{cell(r.unit, r.a)}</td>
                <td className={`${th} text-right`}>{formatCell({ v: r.aPercentOfTarget, kind: "percent" })}</td>
                <td className={`${th} text-right`}>{cell(r.unit, r.b)}</td>
                <td className={`${th} text-right`}>{formatCell({ v: r.bPercentOfTarget, kind: "percent" })}</td>
                <td className={`${th} text-right`} data-testid={`diff-${r.code}`}>
                  {r.difference === null
                    ? "—"
                    : `${formatCell({ v: r.difference, kind: "points" })}${r.unit === "PERCENT" ? " điểm %" : ""}`}
                </td>
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className={`${th} text-left`}>
                Tổ chức đang hoạt động (tổng theo xã)
              </th>
              <td className={`${th} text-right`}>{formatInteger(sumType(a))}</td>
              <td className={th} />
              <td className={`${th} text-right`}>{formatInteger(sumType(b))}</td>
              <td className={th} />
              <td className={`${th} text-right`}>{formatCell({ v: sumType(b) - sumType(a), kind: "points" })}</td>
            </tr>
          </tbody>
        </table>
      </ScrollFrame>
    </div>
  );
}
