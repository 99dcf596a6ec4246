import type { Metadata } from "next";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { listPopulation } from "@/server/population/list-population";
import { yearInVietnam } from "@/domain/time/vietnam";
import { formatInteger } from "@/domain/format/number";
import { canApprove } from "@/server/auth/permissions";
import { listPopulationChanges } from "@/server/approval/pending-changes";
import { WaitingBadge } from "@/app/_components/entry/approval-badges";
import Link from "next/link";
import { PopulationForm } from "./population-form";
import { ColumnHeads, ScrollFrame } from "@/app/_components/table";

export const metadata: Metadata = { title: "Dân số" };

type Props = { searchParams: Promise<{ nam?: string }> };

export default async function PopulationPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const thisYear = yearInVietnam();
  const raw = Number((await searchParams).nam ?? thisYear);
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : thisYear;
  const rows = await listPopulation(viewer, prisma, year);
  // A commune official's figure waits for the district's approval (each on its own).
  const pending = new Set(
    (await listPopulationChanges(prisma, null))
      .filter((c) => c.year === year)
      .map((c) => Number((c.current ?? c.before)?.areaUnitId)),
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Dân số theo xã, thị trấn năm {year}</h1>
      <form noValidate method="get" className="flex items-end gap-2" aria-label="Chọn năm">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Năm</span>
          <input
            name="nam"
            type="number"
            defaultValue={year}
            min={2000}
            max={2100}
            className="mt-1 w-28 rounded border border-slate-300 p-2"
          />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Xem
        </button>
      </form>
      <p className="text-sm text-slate-700">
        Dân số dùng làm mẫu số của chỉ tiêu tỷ lệ dân số tham gia kinh tế tập thể. Số của huyện do Phòng TC-KH nhập; số
        của mỗi xã do cán bộ xã đó hoặc Phòng TC-KH nhập. Nhập số nguyên, có thể dùng dấu chấm ngăn cách hàng nghìn. Số
        do cán bộ xã nhập chờ Phòng TC-KH duyệt (dấu “Chờ duyệt”) rồi mới được tính vào chỉ tiêu.
        {pending.size > 0 && canApprove(viewer) && (
          <>
            {" "}
            <Link href={`/duyet-so-lieu?nam=${year}`} className="font-semibold text-brand-800 underline">
              Duyệt số dân ở trang Duyệt số liệu
            </Link>
          </>
        )}
      </p>
      <ScrollFrame label="Dân số theo xã">
        <table className="min-w-full text-sm" data-testid="population-table">
          <caption className="sr-only">Dân số và số hộ theo đơn vị hành chính năm {year}</caption>
          <ColumnHeads pad="px-3 py-2" columns={["Đơn vị", "Dân số · Số hộ · Nguồn"]} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100">
                <th
                  scope="row"
                  className={`px-3 py-2 text-left ${r.level === "DISTRICT" ? "font-bold" : "font-normal"}`}
                >
                  <span className="inline-flex flex-wrap items-center gap-1">
                    {r.label}
                    {pending.has(r.id) && <WaitingBadge />}
                  </span>
                </th>
                <td className="px-3 py-2 wrap-anywhere">
                  {r.canWrite ? (
                    <PopulationForm row={r} year={year} />
                  ) : r.population === null ? (
                    <span className="text-slate-600">Chưa có số liệu</span>
                  ) : (
                    <>
                      {formatInteger(r.population)} người
                      {r.households !== null ? ` · ${formatInteger(r.households)} hộ` : ""}
                      {r.source ? ` · ${r.source}` : ""}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
    </div>
  );
}
