import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { clientIpFrom } from "@/server/http/client-ip";
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
import { RowHead, Table } from "@/app/_components/table";
import { PageHeader, Section } from "@/app/_components/page-layout";

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
    findPersons(viewer, prisma, query, clientIpFrom(await headers())),
    listPersonalDataAccess(viewer, prisma, 100),
    cutoff ? listRetentionCandidates(prisma, new Date(`${cutoff}T00:00:00Z`)) : Promise.resolve([]),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Dữ liệu cá nhân"
        trail={{ links: [["/quan-tri", "Quản trị"]], here: "Dữ liệu cá nhân" }}
        lead={
          <>
            Thực hiện các quyền của chủ thể dữ liệu theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15: xem và xuất toàn
            bộ dữ liệu về một người, sửa, xoá (ẩn danh), thời hạn lưu giữ, và nhật ký ai đã xem hoặc xuất dữ liệu cá
            nhân. Thông báo về mục đích và căn cứ xử lý:{" "}
            <Link href="/quyen-rieng-tu" className="underline">
              Quyền riêng tư
            </Link>
            .
          </>
        }
      />

      <Section id="tim" title="Tìm một người theo yêu cầu">
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
          <Table
            dense
            className="w-full max-w-3xl text-sm"
            caption="Người tìm được"
            columns={["Mã", "Họ và tên", "Năm sinh", { label: "Tư cách thành viên", numeric: true }]}
          >
            {persons.map((p) => (
              <tr key={p.id} className="border-t border-slate-100">
                <RowHead dense>{p.id}</RowHead>
                <td className="px-2 py-1">
                  <Link href={`/quan-tri/du-lieu-ca-nhan/${p.id}`} className="underline">
                    {p.fullName}
                  </Link>
                  {p.anonymisedAt ? " (đã ẩn danh)" : ""}
                </td>
                <td className="px-2 py-1">{p.birthYear ?? "—"}</td>
                <td className="px-2 py-1 text-right">{formatInteger(p._count.memberships)}</td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section id="luu-giu" title="Thời hạn lưu giữ">
        <p className="max-w-3xl text-sm">
          Dữ liệu của người đã rời mọi tổ chức quá thời hạn này được ẩn danh (tư cách thành viên vẫn giữ, số liệu không
          đổi). {years ? `Hiện là ${years} năm: người rời trước ngày ${formatDate(cutoff!)}.` : "Hiện chưa đặt."}
        </p>
        <RetentionForm years={years} />
        {cutoff && <ApplyRetentionForm candidates={candidates.length} cutoff={formatDate(cutoff)} />}
      </Section>

      <Section id="nhat-ky" title="Nhật ký xem và xuất dữ liệu cá nhân">
        {log.length === 0 ? (
          <p className="text-sm">Chưa có lượt xem hay xuất nào được ghi.</p>
        ) : (
          <Table
            dense
            label="Nhật ký xem và xuất dữ liệu cá nhân"
            caption="100 lượt gần nhất"
            columns={["Thời điểm", "Người dùng", "Việc", "Dữ liệu", { label: "Số người", numeric: true }, "Địa chỉ"]}
          >
            {log.map((e) => (
              <tr key={e.id} className="border-t border-slate-100">
                <RowHead dense className="whitespace-nowrap font-normal">
                  {formatAuditTime(e.at)}
                </RowHead>
                <td className="px-2 py-1">{e.who}</td>
                <td className="px-2 py-1">{e.kind === "EXPORT" ? "Xuất" : "Xem"}</td>
                <td className="px-2 py-1">
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
                <td className="px-2 py-1 text-right">{formatInteger(e.persons)}</td>
                <td className="px-2 py-1">{e.ip ?? "—"}</td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </div>
  );
}
