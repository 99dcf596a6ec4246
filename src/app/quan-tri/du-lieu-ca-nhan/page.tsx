import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { listPersonalDataAccess } from "@/server/personal-data/list-personal-data-access";
import { findPersons } from "@/server/personal-data/person-record";
import { getRetentionYears, retentionCutoff } from "@/server/personal-data/retention-setting";
import { listRetentionCandidates } from "@/server/personal-data/anonymise";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { formatAuditTime } from "@/server/db/optimistic";
import { formatDate } from "@/domain/format/date";
import { formatInteger } from "@/domain/format/number";
import { Forbidden } from "../../_components/forbidden";
import { ApplyRetentionForm, RetentionForm } from "./_components/personal-data-forms";
import { buttonClass, inputClass } from "@/app/_components/form/styles";

export const metadata: Metadata = { title: "Dữ liệu cá nhân" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PersonalDataPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!canAdminister(viewer)) return <Forbidden message="Chỉ quản trị viên được xử lý yêu cầu về dữ liệu cá nhân." />;
  const q = (await searchParams).q;
  const query = typeof q === "string" ? q.slice(0, 100) : "";
  const years = await getRetentionYears(prisma);
  const cutoff = years ? retentionCutoff(todayIsoInVietnam(), years) : null;
  const [persons, log, candidates] = await Promise.all([
    findPersons(viewer, prisma, query),
    listPersonalDataAccess(viewer, prisma, 100),
    cutoff ? listRetentionCandidates(prisma, new Date(`${cutoff}T00:00:00Z`)) : Promise.resolve([]),
  ]);
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/quan-tri" className="underline">
            Quản trị
          </Link>{" "}
          › Dữ liệu cá nhân
        </p>
        <h1 className="text-2xl font-bold">Dữ liệu cá nhân</h1>
        <p className="max-w-3xl text-sm text-slate-700">
          Thực hiện các quyền của chủ thể dữ liệu theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15: xem và xuất toàn bộ
          dữ liệu về một người, sửa, xoá (ẩn danh), thời hạn lưu giữ, và nhật ký ai đã xem hoặc xuất dữ liệu cá nhân.
          Thông báo về mục đích và căn cứ xử lý:{" "}
          <Link href="/quyen-rieng-tu" className="underline">
            Quyền riêng tư
          </Link>
          .
        </p>
      </div>

      <section aria-labelledby="tim" className="space-y-3">
        <h2 id="tim" className="text-lg font-semibold">
          Tìm một người theo yêu cầu
        </h2>
        <form noValidate role="search" className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm">
            <span className="font-semibold">Họ tên hoặc mã người</span>
            <input type="search" name="q" defaultValue={query} className={inputClass} />
          </label>
          <button type="submit" className={buttonClass}>
            Tìm
          </button>
        </form>
        {query && persons.length === 0 && <p className="text-sm">Không tìm thấy ai khớp với &ldquo;{query}&rdquo;.</p>}
        {persons.length > 0 && (
          <table className="w-full max-w-3xl text-sm">
            <caption className="sr-only">Người tìm được</caption>
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="py-1">
                  Mã
                </th>
                <th scope="col">Họ và tên</th>
                <th scope="col">Năm sinh</th>
                <th scope="col" className="text-right">
                  Tư cách thành viên
                </th>
              </tr>
            </thead>
            <tbody>
              {persons.map((p) => (
                <tr key={p.id} className="border-b">
                  <td className="py-1">{p.id}</td>
                  <td>
                    <Link href={`/quan-tri/du-lieu-ca-nhan/${p.id}`} className="underline">
                      {p.fullName}
                    </Link>
                    {p.anonymisedAt ? " (đã ẩn danh)" : ""}
                  </td>
                  <td>{p.birthYear ?? "—"}</td>
                  <td className="text-right">{formatInteger(p._count.memberships)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="luu-giu" className="space-y-3">
        <h2 id="luu-giu" className="text-lg font-semibold">
          Thời hạn lưu giữ
        </h2>
        <p className="max-w-3xl text-sm">
          Dữ liệu của người đã rời mọi tổ chức quá thời hạn này được ẩn danh (tư cách thành viên vẫn giữ, số liệu không
          đổi). {years ? `Hiện là ${years} năm: người rời trước ngày ${formatDate(cutoff!)}.` : "Hiện chưa đặt."}
        </p>
        <RetentionForm years={years} />
        {cutoff && <ApplyRetentionForm candidates={candidates.length} cutoff={formatDate(cutoff)} />}
      </section>

      <section aria-labelledby="nhat-ky" className="space-y-3">
        <h2 id="nhat-ky" className="text-lg font-semibold">
          Nhật ký xem và xuất dữ liệu cá nhân
        </h2>
        {log.length === 0 ? (
          <p className="text-sm">Chưa có lượt xem hay xuất nào được ghi.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">100 lượt gần nhất</caption>
              <thead>
                <tr className="border-b text-left">
                  <th scope="col" className="py-1">
                    Thời điểm
                  </th>
                  <th scope="col">Người dùng</th>
                  <th scope="col">Việc</th>
                  <th scope="col">Dữ liệu</th>
                  <th scope="col" className="text-right">
                    Số người
                  </th>
                  <th scope="col">Địa chỉ</th>
                </tr>
              </thead>
              <tbody>
                {log.map((e) => (
                  <tr key={e.id} className="border-b">
                    <td className="py-1 whitespace-nowrap">{formatAuditTime(e.at)}</td>
                    <td>{e.who}</td>
                    <td>{e.kind === "EXPORT" ? "Xuất" : "Xem"}</td>
                    <td>
                      {e.organisationId ? (
                        <Link href={`/to-chuc/${e.organisationId}/thanh-vien`} className="underline">
                          {e.what}
                        </Link>
                      ) : e.personId ? (
                        <Link href={`/quan-tri/du-lieu-ca-nhan/${e.personId}`} className="underline">
                          {e.what}
                        </Link>
                      ) : (
                        e.what
                      )}
                    </td>
                    <td className="text-right">{formatInteger(e.persons)}</td>
                    <td>{e.ip ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
