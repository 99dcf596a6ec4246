import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { listUsers } from "@/server/users/list-users";
import { assignableCommuneOptions } from "@/server/users/list-assignable-communes";
import { ROLE_LABEL, ROLES } from "@/domain/users/user-fields";
import { PASSWORD_MIN_LENGTH } from "@/domain/auth/password-policy";
import { formatAuditTime } from "@/server/db/optimistic";
import { Forbidden } from "../../_components/forbidden";
import { CreateUserForm } from "./_components/create-user-form";
import { FollowSuccessionForm } from "./_components/follow-succession-form";
import { listAccountsToFollowSuccession } from "@/server/users/follow-succession";
import { unitLabel } from "@/domain/territory/unit-label";
import { RowHead, Table } from "@/app/_components/table";
import { PageHeader, Section } from "@/app/_components/page-layout";

export const metadata: Metadata = { title: "Người dùng" };

export default async function UsersPage() {
  const viewer = await requireViewer();
  if (!canAdminister(viewer)) return <Forbidden message="Chỉ quản trị viên được quản lý người dùng." />;
  const [users, communes, toFollow] = await Promise.all([
    listUsers(viewer, prisma),
    assignableCommuneOptions(prisma),
    listAccountsToFollowSuccession(viewer, prisma),
  ]);
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader title="Người dùng" trail={{ links: [["/quan-tri", "Quản trị"]], here: "Người dùng" }} />
      {toFollow.length > 0 && (
        <Section
          id="sap-nhap"
          title={`Tài khoản gắn với xã đã sáp nhập (${toFollow.length})`}
          className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4"
        >
          <p className="text-sm">
            Các tài khoản này chỉ được giao xã cũ, không nhập được số liệu mới (xã cũ không còn từ 01/07/2025). Xác nhận
            để thêm xã mới đã nhận địa bàn đó; xã cũ vẫn được giữ để xem và sửa lịch sử.
          </p>
          <ul className="space-y-2 text-sm">
            {toFollow.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center gap-3">
                <span>
                  <span className="font-mono">{u.username}</span> ({u.fullName}) — hiện: {u.scope.join("; ")}
                </span>
                <FollowSuccessionForm id={u.id} version={u.version} add={u.add} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Table
        testId="users-table"
        caption="Tài khoản, vai trò, địa bàn và trạng thái"
        columns={["Tên đăng nhập", "Họ và tên", "Vai trò", "Địa bàn", "Trạng thái", "Đăng nhập gần nhất"]}
      >
        {users.map((u) => (
          <tr key={u.id} className="border-t border-slate-100">
            <RowHead className="font-mono font-normal">
              <Link href={`/quan-tri/nguoi-dung/${u.id}`} className="text-brand-700 underline">
                {u.username}
              </Link>
            </RowHead>
            <td className="px-3 py-2">{u.fullName}</td>
            <td className="px-3 py-2">{ROLE_LABEL[u.role]}</td>
            <td className="px-3 py-2">
              {u.role === "COMMUNE"
                ? u.scopes
                    .map((s) => {
                      const a = s.areaUnit;
                      return unitLabel(a, new Map(a.successor ? [[a.successor.id, a.successor]] : []));
                    })
                    .join("; ") || "—"
                : "Toàn huyện"}
            </td>
            <td className="px-3 py-2">
              {u.disabled ? "Đã khoá" : u.lockedUntil && u.lockedUntil > now ? "Tạm khoá (đăng nhập sai)" : "Hoạt động"}
            </td>
            <td className="px-3 py-2">{u.lastLoginAt ? formatAuditTime(u.lastLoginAt) : "—"}</td>
          </tr>
        ))}
      </Table>
      <CreateUserForm
        communes={communes}
        roles={ROLES.map((r) => [r, ROLE_LABEL[r]] as const)}
        passwordMinLength={PASSWORD_MIN_LENGTH}
      />
    </div>
  );
}
