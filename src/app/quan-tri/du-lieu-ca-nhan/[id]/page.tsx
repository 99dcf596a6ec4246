import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Section } from "@/app/_components/page-layout";
import { RowHead, Table } from "@/app/_components/table";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { getPersonRecord } from "@/server/personal-data/person-record";
import { recordPersonalDataAccess } from "@/server/audit/personal-data-access";
import { clientIpFrom } from "@/server/http/client-ip";
import { formatAuditTime } from "@/server/db/optimistic";
import { isAppError } from "@/server/errors";
import { formatDate } from "@/domain/format/date";
import { formatInteger } from "@/domain/format/number";
import { MEMBER_TYPE_LABEL, ORG_TYPE_LABELS } from "@/domain/labels";
import { Forbidden } from "../../../_components/forbidden";
import { AnonymisePersonForm, CorrectPersonForm } from "../_components/personal-data-forms";

export const metadata: Metadata = { title: "Dữ liệu của một người" };

const GENDER: Record<string, string> = { MALE: "Nam", FEMALE: "Nữ", OTHER: "Khác" };

type Props = { params: Promise<{ id: string }> };

export default async function PersonRecordPage({ params }: Props) {
  const viewer = await requireViewer();
  if (!canAdminister(viewer)) return <Forbidden message="Chỉ quản trị viên được xử lý yêu cầu về dữ liệu cá nhân." />;
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  let record;
  try {
    record = await getPersonRecord(viewer, prisma, id);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const { person, history } = record;
  await recordPersonalDataAccess(
    prisma,
    viewer,
    { kind: "VIEW", what: `Hồ sơ dữ liệu cá nhân #${person.id}`, personId: person.id, persons: 1 },
    clientIpFrom(await headers()),
  );
  const editable = { ...person, gender: person.gender as string | null };
  return (
    <div className="space-y-8">
      <PageHeader
        title={person.fullName}
        trail={{ links: [["/quan-tri/du-lieu-ca-nhan", "Dữ liệu cá nhân"]], here: `#${person.id}` }}
      >
        {person.anonymisedAt && (
          <p className="text-sm">Đã ẩn danh ngày {formatDate(person.anonymisedAt)}: không còn dữ liệu định danh.</p>
        )}
        <p className="mt-2">
          <a href={`/quan-tri/du-lieu-ca-nhan/${person.id}/xuat`} className="font-semibold text-brand-700 underline">
            Xuất toàn bộ dữ liệu của người này (JSON)
          </a>{" "}
          — để trả lời yêu cầu cung cấp dữ liệu; lượt xuất được ghi vào nhật ký.
        </p>
      </PageHeader>

      <Section id="thong-tin" title="Dữ liệu đang lưu" className="space-y-2">
        <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">Năm sinh</dt>
          <dd>{person.birthYear ?? "—"}</dd>
          <dt className="font-semibold">Giới tính</dt>
          <dd>{person.gender ? GENDER[person.gender] : "—"}</dd>
          <dt className="font-semibold">Dân tộc</dt>
          <dd>{person.ethnicity ?? "—"}</dd>
          <dt className="font-semibold">Số định danh</dt>
          <dd>
            {person.idNumberTail
              ? `chỉ lưu mã băm và ${person.idNumberTail.length} số cuối: …${person.idNumberTail}`
              : "không lưu"}
          </dd>
          <dt className="font-semibold">Xã</dt>
          <dd>{person.commune ? `${person.commune.kind} ${person.commune.name}` : "—"}</dd>
          <dt className="font-semibold">Ghi nhận từ</dt>
          <dd>{formatDate(person.createdAt)}</dd>
        </dl>
        <h3 className="pt-2 font-semibold">Tư cách thành viên ({formatInteger(person.memberships.length)})</h3>
        <Table
          dense
          className="w-full max-w-3xl text-sm"
          caption={`Tư cách thành viên của ${person.fullName}`}
          columns={["Tổ chức", "Loại thành viên", "Ngày vào", "Ngày ra", { label: "Vốn góp (đồng)", numeric: true }]}
        >
          {person.memberships.map((m) => (
            <tr key={m.id} className="border-t border-slate-100">
              <RowHead dense>
                <Link href={`/to-chuc/${m.organisation.id}`} className="underline">
                  {m.organisation.name}
                </Link>{" "}
                ({ORG_TYPE_LABELS[m.organisation.type]}, {m.organisation.commune.name})
              </RowHead>
              <td className="px-2 py-1">{MEMBER_TYPE_LABEL[m.memberType]}</td>
              <td className="px-2 py-1">{formatDate(m.joinedOn)}</td>
              <td className="px-2 py-1">{m.leftOn ? formatDate(m.leftOn) : "—"}</td>
              <td className="px-2 py-1 text-right">{formatInteger(m.capitalContributed)}</td>
            </tr>
          ))}
        </Table>
      </Section>

      {!person.anonymisedAt && (
        <>
          <Section id="sua" title="Sửa theo yêu cầu" className="max-w-2xl space-y-2">
            <CorrectPersonForm person={editable} />
          </Section>
          <Section id="xoa" title="Xoá theo yêu cầu" className="max-w-2xl space-y-2">
            <AnonymisePersonForm person={editable} memberships={person.memberships.length} />
          </Section>
        </>
      )}

      <Section id="lich-su" title={`Lịch sử xử lý (${formatInteger(history.length)})`} className="space-y-2">
        <ul className="space-y-1 text-sm">
          {history.map((h, i) => (
            <li key={i}>
              {formatAuditTime(h.at)} — {h.actor}: {h.action} {h.entity}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
