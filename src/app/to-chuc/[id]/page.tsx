import type { ReactNode } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canWriteCommune } from "@/server/auth/permissions";
import { isAppError } from "@/server/errors";
import { getOrganisationHistoryCached } from "@/server/organisations/get-organisation-history-cached";
import { ORG_TYPE_LABELS, SECTOR_LABELS, orgStatusLabel } from "@/domain/labels";
import { formatDate } from "@/domain/format/date";
import { MembersSection } from "./_components/members-section";
import { FinanceSection } from "./_components/finance-section";
import { RatingsSection } from "./_components/ratings-section";
import {
  DigitalSection,
  HighTechSection,
  LinkagesSection,
  SupportSection,
  UnionSection,
} from "./_components/activities-section";

export const metadata: Metadata = { title: "Hồ sơ tổ chức" };

type Props = { params: Promise<{ id: string }> };

/** Only plain positive integers name an organisation ("12", not "1e3", "-4" or "abc"). */
const ID_PATTERN = /^[1-9][0-9]{0,9}$/;

export default async function OrganisationPage({ params }: Props) {
  const viewer = await requireViewer();
  const raw = (await params).id;
  if (!ID_PATTERN.test(raw)) notFound();
  const h = await getOrganisationHistoryCached(prisma, Number(raw)).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const o = h.organisation;
  const isCooperative = o.type !== "THT";

  const facts: [string, ReactNode][] = [
    [
      "Mã tổ chức",
      <span key="c" className="font-mono">
        {o.code}
      </span>,
    ],
    ["Loại hình", ORG_TYPE_LABELS[o.type]],
    [
      "Xã, thị trấn",
      `${o.commune.kind} ${o.commune.name}${o.commune.validTo ? ` (đơn vị hành chính đến ${formatDate(o.commune.validTo)})` : ""}`,
    ],
    ["Địa chỉ", o.address ?? "Chưa cập nhật"],
    ["Lĩnh vực", SECTOR_LABELS[o.sector]],
    ["Sản phẩm chính", o.mainProducts.length ? o.mainProducts.join(", ") : "Chưa cập nhật"],
    ["Ngày thành lập", o.foundedOn ? formatDate(o.foundedOn) : "Chưa cập nhật"],
    ["Trạng thái hiện tại", <strong key="s">{orgStatusLabel(o.currentStatus, o.type)}</strong>],
    [
      "Sổ thành viên",
      o.type === "LHHTX" ? "Không áp dụng (thành viên là hợp tác xã)" : o.hasMemberRegister ? "Có" : "Chưa có",
    ],
  ];

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="no-print text-sm">
          <Link href="/to-chuc" className="underline">
            Tổ chức
          </Link>{" "}
          › {o.code}
        </p>
        <h1 className="text-2xl font-bold">{o.name}</h1>
        <p className="text-sm text-slate-700">
          {ORG_TYPE_LABELS[o.type]} · {o.commune.kind} {o.commune.name} · {orgStatusLabel(o.currentStatus, o.type)}
        </p>
      </div>

      <section aria-labelledby="thong-tin" className="space-y-3">
        <h2 id="thong-tin" className="text-lg font-semibold">
          Thông tin chung
        </h2>
        <dl
          className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2"
          data-testid="org-identity"
        >
          {facts.map(([label, value]) => (
            <div key={label} className="flex flex-col">
              <dt className="text-slate-600">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="trang-thai" className="space-y-3">
        <h2 id="trang-thai" className="text-lg font-semibold">
          Lịch sử trạng thái
        </h2>
        {h.statusChanges.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa ghi nhận thay đổi trạng thái.</p>
        ) : (
          <ol className="space-y-2 border-l-2 border-slate-300 pl-4 text-sm" data-testid="status-timeline">
            {h.statusChanges.map((s) => (
              <li key={s.effectiveFrom} className="relative">
                <span
                  className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-slate-500"
                  aria-hidden="true"
                />
                <time dateTime={s.effectiveFrom} className="font-semibold">
                  Từ ngày {formatDate(s.effectiveFrom)}
                </time>
                : {orgStatusLabel(s.status, o.type)}
                {s.decisionRef && <> · Căn cứ: {s.decisionRef}</>}
                {s.note && <> · {s.note}</>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <MembersSection h={h} />
      <FinanceSection h={h} />
      {isCooperative && <RatingsSection h={h} />}
      <LinkagesSection h={h} />
      <HighTechSection h={h} />
      <DigitalSection h={h} />
      <SupportSection h={h} />
      <UnionSection h={h} />

      {canWriteCommune(viewer, o.commune.id) && (
        <nav aria-labelledby="sua-nhap" className="no-print space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="sua-nhap" className="text-lg font-semibold">
            Sửa / Nhập số liệu
          </h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {[
              [`/to-chuc/${o.id}/sua`, "Sửa thông tin, trạng thái"],
              [`/to-chuc/${o.id}/thanh-vien`, "Sổ thành viên"],
              [`/to-chuc/${o.id}/nam/${new Date().getFullYear()}`, `Số liệu năm ${new Date().getFullYear()}`],
              [`/to-chuc/${o.id}/lien-ket`, "Liên kết chuỗi"],
              [`/to-chuc/${o.id}/cong-nghe-cao`, "Công nghệ cao"],
            ].map(([href, label]) => (
              <li key={href}>
                <Link
                  href={href}
                  className="inline-block rounded border border-brand-700 px-3 py-1.5 text-brand-800 underline"
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
