import { RowHead, Table } from "@/app/_components/table";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getSubmission } from "@/server/approval/get-submission";
import { formatAuditTime } from "@/server/db/optimistic";
import { APPROVAL_STATUS_LABEL, ORG_TYPE_LABELS, SECTOR_LABELS } from "@/domain/labels";
import { formatDate } from "@/domain/format/date";
import { formatInteger } from "@/domain/format/number";
import { Forbidden } from "../../../_components/forbidden";
import { DossierDecision } from "../../_review/dossier-decision";
import {
  ChangeList,
  FieldDiffs,
  InlineFlags,
  KindBadge,
  MemberChanges,
  Part,
  RecordLines,
  RowFlagNote,
} from "./submission-parts";

export const metadata: Metadata = { title: "Duyệt hồ sơ" };

type Props = { params: Promise<{ organisationId: string; year: string }> };

export default async function SubmissionPage({ params }: Props) {
  const viewer = await requireViewer();
  const p = await params;
  if (!/^[1-9]\d{0,9}$/.test(p.organisationId) || !/^\d{4}$/.test(p.year)) notFound();
  const year = Number(p.year);
  if (year < 2000 || year > 2100) notFound();
  const s = await getSubmission(viewer, prisma, Number(p.organisationId), year).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && e.code === "FORBIDDEN") return e;
    throw e;
  });
  if (isAppError(s)) return <Forbidden message={s.message} />;
  const o = s.organisation;
  const d = s.dossier;
  const approvedRecord = s.source === "APPROVED_RECORD";
  const compare = s.report.compareYear;
  const isCooperative = o.type !== "THT";
  const flagsOf = (kind: string) => s.flags.filter((f) => f.kind === kind).map((f) => f.text);
  const rowFlag = (key: string) => s.flags.filter((f) => f.metric === key);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="no-print text-sm">
          <Link href={`/duyet-so-lieu?nam=${year}`} className="underline">
            Duyệt số liệu
          </Link>{" "}
          › {o.code} › năm {year}
        </p>
        <h1 className="text-2xl font-bold">
          Hồ sơ năm {year}: {o.name}
        </h1>
        <p className="text-sm text-slate-700">
          {ORG_TYPE_LABELS[o.type]} · {o.communeName} · {SECTOR_LABELS[o.sector]} ·{" "}
          <Link href={`/to-chuc/${o.id}`} className="underline">
            Xem hồ sơ tổ chức
          </Link>
        </p>
        <p className="text-sm" data-testid="submission-status">
          Tình trạng: <strong>{d ? APPROVAL_STATUS_LABEL[d.status] : "Chưa có hồ sơ"}</strong>
          {d?.submittedAt &&
            ` · gửi lúc ${formatAuditTime(d.submittedAt)}${d.submittedBy ? ` bởi ${d.submittedBy}` : ""}`}
          {d?.status === "APPROVED" &&
            d.approvedAt &&
            ` · duyệt lúc ${formatAuditTime(d.approvedAt)}${d.approvedBy ? ` bởi ${d.approvedBy}` : ""}`}
          {d?.reviewComment && ` · Ý kiến của huyện: ${d.reviewComment}`}
        </p>
        {(!d || d.status === "DRAFT" || d.status === "RETURNED") && (
          <p role="note" className="rounded border border-slate-300 bg-slate-50 p-3 text-sm">
            Hồ sơ này chưa được gửi duyệt (hoặc đã được rút lại, trả lại): dưới đây là các thay đổi xã đang nhập, chưa
            thể duyệt.
          </p>
        )}
        {approvedRecord && (
          <p role="note" className="rounded border border-slate-300 bg-slate-50 p-3 text-sm">
            Hồ sơ đã được duyệt: dưới đây là đúng những thay đổi đã được duyệt (ghi trong nhật ký duyệt) và số liệu năm
            hiện tại.
          </p>
        )}
      </div>

      <section
        aria-labelledby="canh-bao"
        className={`space-y-2 rounded-lg border p-4 ${s.flags.length ? "border-amber-400 bg-amber-50" : "border-slate-200 bg-white"}`}
        data-testid="submission-flags"
      >
        <h2 id="canh-bao" className="text-lg font-semibold">
          Cảnh báo chất lượng số liệu ({s.flags.length})
        </h2>
        {s.flags.length === 0 ? (
          <p className="text-sm">
            Không có cảnh báo: số liệu không biến động bất thường so với năm trước, khớp sổ thành viên, đủ xếp loại và
            minh chứng công nghệ cao.
          </p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm text-amber-950">
            {s.flags.map((f) => (
              <li key={f.text}>{f.text}</li>
            ))}
          </ul>
        )}
        <p className="text-sm text-slate-700">
          {formatInteger(s.changeCount)} thay đổi {approvedRecord ? "đã được duyệt" : "trong hồ sơ"}.
        </p>
      </section>

      <Part id="thong-tin" title="Thông tin tổ chức" count={s.identity ? 1 : 0}>
        {s.identity === null ? (
          <p className="text-sm text-slate-600">Thông tin tổ chức không thay đổi.</p>
        ) : (
          <div className="space-y-1">
            <p className="flex flex-wrap items-center gap-2 text-sm font-semibold">
              {s.identity.kind === "ADDED" ? "Tổ chức mới tạo" : "Thông tin đã sửa"}
              <KindBadge kind={s.identity.kind} />
            </p>
            <FieldDiffs change={s.identity} />
          </div>
        )}
      </Part>

      <Part id="trang-thai" title="Trạng thái pháp lý" count={s.statusChanges.length}>
        <ChangeList changes={s.statusChanges} empty="Trạng thái không thay đổi." />
      </Part>

      <Part id="bao-cao" title={`Báo cáo năm ${year}`} count={s.report.change ? 1 : 0}>
        {!s.report.exists ? (
          <p className="text-sm text-slate-600">Chưa có báo cáo năm {year}: hồ sơ chỉ gửi các thay đổi sổ đăng ký.</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              {compare
                ? `So với năm ${compare}, năm gần nhất đã được duyệt.`
                : "Chưa có năm nào trước đó được duyệt để so sánh."}
              {s.report.change === "CHANGED" && " Ô có ghi “đã duyệt trước đây” là số đã được sửa sau lần duyệt trước."}
            </p>
            {/* On a phone: one block per figure (the table needs four columns of money). */}
            <dl className="space-y-2 text-sm sm:hidden">
              {s.report.rows.map((r) => (
                <div key={r.key} className="border-t border-slate-100 pt-1">
                  <dt className="font-semibold">{r.label}</dt>
                  <dd>
                    {compare ? `${compare}: ${r.previous ?? "–"}` : "Năm trước: –"} → {year}:{" "}
                    <strong>{r.now ?? "–"}</strong>
                    {r.change && ` (${r.change})`}
                    <RowFlagNote flags={rowFlag(r.key)} />
                    {r.approvedBefore && (
                      <span className="block text-xs text-slate-600">đã duyệt trước đây: {r.approvedBefore}</span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
            <div className="hidden sm:block">
              <Table
                dense
                frame="scroll"
                testId="report-comparison"
                caption={`Số liệu báo cáo năm ${year} so với năm ${compare ?? "trước"} đã duyệt`}
                columns={[
                  "Chỉ tiêu",
                  ...[compare ? `Năm ${compare} (đã duyệt)` : "Năm trước", `Năm ${year}`, "Thay đổi"].map((label) => ({
                    label,
                    numeric: true,
                  })),
                ]}
              >
                {s.report.rows.map((r) => (
                  <tr key={r.key} className="border-t border-slate-100 align-top">
                    <RowHead dense>{r.label}</RowHead>
                    <td className="px-2 py-1 text-right whitespace-nowrap">{r.previous ?? "–"}</td>
                    <td className="px-2 py-1 text-right whitespace-nowrap">
                      <strong>{r.now ?? "–"}</strong>
                      {r.approvedBefore && (
                        <span className="block text-xs text-slate-600">đã duyệt trước đây: {r.approvedBefore}</span>
                      )}
                    </td>
                    <td className="px-2 py-1 text-right whitespace-nowrap">
                      {r.change ?? "–"}
                      <RowFlagNote flags={rowFlag(r.key)} />
                    </td>
                  </tr>
                ))}
              </Table>
            </div>
          </>
        )}
      </Part>

      {isCooperative && (
        <Part id="xep-loai" title={`Xếp loại năm ${year}`} count={s.rating.change ? 1 : 0}>
          <p className="text-sm">
            Năm {year}: <strong>{s.rating.now ?? "Chưa có kết quả"}</strong>
            {s.rating.compare && ` · năm ${s.rating.compare.year}: ${s.rating.compare.text}`}
          </p>
          <InlineFlags texts={flagsOf("NO_RATING")} />
          {s.rating.change && <FieldDiffs change={s.rating.change} />}
        </Part>
      )}

      <Part id="thanh-vien" title="Sổ thành viên" count={s.members.changes.length}>
        {s.members.register && (
          <p className="text-sm" data-testid="member-register-count">
            Sổ thành viên ngày {formatDate(s.members.register.asOf)}:{" "}
            <strong>{formatInteger(s.members.register.count)} thành viên</strong>
            {s.members.reported !== null && ` · báo cáo năm ${year}: ${formatInteger(s.members.reported)} thành viên`}
          </p>
        )}
        <InlineFlags texts={flagsOf("MEMBER_MISMATCH")} />
        <MemberChanges changes={s.members.changes} />
      </Part>

      {s.unionMembers.length > 0 && (
        <Part id="htx-thanh-vien" title="Hợp tác xã thành viên" count={s.unionMembers.length}>
          <ChangeList changes={s.unionMembers} empty="" />
        </Part>
      )}

      <Part id="lien-ket" title="Liên kết chuỗi giá trị trong năm" count={s.linkages.changes.length}>
        <RecordLines lines={s.linkages.lines} empty="Không có liên kết nào có hiệu lực trong năm." />
        {s.linkages.changes.filter((c) => c.kind === "CHANGED").length > 0 && (
          <ChangeList changes={s.linkages.changes.filter((c) => c.kind === "CHANGED")} empty="" />
        )}
      </Part>

      <Part id="cong-nghe-cao" title="Ứng dụng công nghệ cao trong năm" count={s.highTech.changes.length}>
        <InlineFlags texts={flagsOf("HIGH_TECH_NO_EVIDENCE")} />
        <RecordLines
          lines={s.highTech.lines}
          empty="Không có ứng dụng công nghệ cao nào có hiệu lực trong năm."
          testId="high-tech-lines"
        />
        {s.highTech.changes.filter((c) => c.kind === "CHANGED").length > 0 && (
          <ChangeList changes={s.highTech.changes.filter((c) => c.kind === "CHANGED")} empty="" />
        )}
      </Part>

      <Part id="chuyen-doi-so" title={`Chuyển đổi số năm ${year}`} count={s.digital.changes.length}>
        <RecordLines lines={s.digital.lines} empty="Chưa ghi nhận hình thức chuyển đổi số nào." />
      </Part>

      <Part id="ho-tro" title={`Hỗ trợ đã nhận năm ${year}`} count={s.support.changes.length}>
        <RecordLines lines={s.support.lines} empty="Chưa ghi nhận khoản hỗ trợ nào." />
        <p className="text-sm">
          Tổng năm {year}: <strong>{s.support.total}</strong>
          {s.support.compare && ` · năm ${s.support.compare.year}: ${s.support.compare.total}`}
        </p>
        {s.support.changes.filter((c) => c.kind === "CHANGED").length > 0 && (
          <ChangeList changes={s.support.changes.filter((c) => c.kind === "CHANGED")} empty="" />
        )}
      </Part>

      <section aria-labelledby="quyet-dinh" className="space-y-3">
        <h2 id="quyet-dinh" className="text-lg font-semibold">
          Quyết định
        </h2>
        {!s.canApprove ? (
          <p className="text-sm text-slate-700">
            Chỉ cán bộ Phòng TC-KH và quản trị viên được duyệt hoặc trả lại hồ sơ.
          </p>
        ) : d?.status !== "SUBMITTED" ? (
          <p className="text-sm text-slate-700">
            Hồ sơ đang ở trạng thái “{d ? APPROVAL_STATUS_LABEL[d.status] : "chưa có"}”: không có gì để duyệt.
          </p>
        ) : null}
        {s.canApprove && d && (
          <DossierDecision
            organisationId={o.id}
            organisationName={o.name}
            year={year}
            version={d.version}
            seen={s.seen}
            status={d.status}
            changeCount={s.changeCount}
            flagCount={s.flags.length}
          />
        )}
      </section>
    </div>
  );
}
