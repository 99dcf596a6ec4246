import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { AUDITED_ENTITIES, listAuditEntries } from "@/server/history/list-audit-entries";
import { diffAudit, FIELD_LABEL, formatAuditValue } from "@/server/audit/audit-diff";
import { formatAuditTime } from "@/server/db/optimistic";
import { isAppError } from "@/server/errors";
import { clientIpFrom } from "@/server/http/client-ip";

export const metadata: Metadata = { title: "Lịch sử thay đổi" };

const ACTION_LABEL: Record<string, string> = {
  CREATE: "Tạo mới",
  UPDATE: "Sửa",
  DELETE: "Xoá",
  STATUS_CHANGE: "Đổi trạng thái",
  SUBMIT: "Gửi duyệt",
  APPROVE: "Duyệt",
  RETURN: "Trả lại",
  REOPEN: "Mở lại",
  SIGN_IN: "Đăng nhập",
  SIGN_IN_FAILED: "Đăng nhập không thành công",
  IMPORT: "Nhập từ tệp",
  DISABLE: "Khoá tài khoản",
  ENABLE: "Mở khoá tài khoản",
  PASSWORD_RESET: "Đặt lại mật khẩu",
};

type Props = { params: Promise<{ entity: string; id: string }> };

/** A path segment as text; broken percent-encoding ("%E0%A4%A") is no record, not an error. */
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    notFound();
  }
}

export default async function HistoryPage({ params }: Props) {
  const viewer = await requireViewer();
  const { entity, id } = await params;
  let entries;
  try {
    entries = await listAuditEntries(viewer, prisma, entity, decodePathSegment(id), {
      ip: clientIpFrom(await headers()),
    });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && e.code === "FORBIDDEN") {
      return (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
          {e.message}
        </p>
      );
    }
    throw e;
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        Lịch sử thay đổi: {AUDITED_ENTITIES[entity]} #{id}
      </h1>
      {entries.length === 0 ? (
        <p className="text-slate-700">Chưa có thay đổi nào được ghi lại.</p>
      ) : (
        <ol className="space-y-3" data-testid="audit-entries">
          {entries.map((e) => {
            const changes = diffAudit(e.before, e.after);
            return (
              <li key={String(e.id)} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <p>
                  <span className="font-semibold">{ACTION_LABEL[e.action] ?? e.action}</span> ·{" "}
                  {e.user?.fullName ?? e.actor} · <time dateTime={e.at.toISOString()}>{formatAuditTime(e.at)}</time>
                </p>
                {changes.length > 0 && (
                  <table className="mt-2 min-w-full text-left">
                    <caption className="sr-only">Giá trị trước và sau</caption>
                    <thead className="text-slate-600">
                      <tr>
                        <th scope="col" className="py-1 pr-3 font-semibold">
                          Trường
                        </th>
                        <th scope="col" className="py-1 pr-3 font-semibold">
                          Trước
                        </th>
                        <th scope="col" className="py-1 font-semibold">
                          Sau
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.field} className="border-t border-slate-100 align-top">
                          <td className="py-1 pr-3">
                            {FIELD_LABEL[c.field] ?? <span className="font-mono text-xs">{c.field}</span>}
                          </td>
                          <td className="py-1 pr-3 text-red-800">
                            <del>{formatAuditValue(c.before)}</del>
                          </td>
                          <td className="py-1 text-brand-800">
                            <ins className="no-underline">{formatAuditValue(c.after)}</ins>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
