import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { getUser } from "@/server/users/get-user";
import { listProgrammes } from "@/server/programmes/get-programme";
import { assignableCommuneOptions } from "@/server/users/list-assignable-communes";
import { formatAuditTime } from "@/server/db/optimistic";
import { isAppError } from "@/server/errors";
import { ROLE_LABEL, ROLES } from "@/domain/users/user-fields";
import { PASSWORD_MIN_LENGTH } from "@/domain/auth/password-policy";
import { Forbidden } from "../../../_components/forbidden";
import { PageHeader } from "../../../_components/page-layout";
import { DisableUserForm, ResetPasswordForm, UpdateUserForm } from "../_components/edit-user-forms";

export const metadata: Metadata = { title: "Sửa người dùng" };

type Props = { params: Promise<{ id: string }> };

export default async function EditUserPage({ params }: Props) {
  const viewer = await requireViewer();
  if (!canAdminister(viewer)) return <Forbidden message="Chỉ quản trị viên được quản lý người dùng." />;
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const user = await getUser(viewer, prisma, id).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const [communes, programmes] = await Promise.all([assignableCommuneOptions(prisma), listProgrammes(prisma)]);
  const fallback = programmes.find((p) => p.isDefault);

  const editable = {
    id: user.id,
    version: user.version,
    fullName: user.fullName,
    role: user.role,
    communeIds: user.communeIds,
    programmeCode: user.programmeCode,
    disabled: user.disabled,
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <>
            Tài khoản <span className="font-mono">{user.username}</span>
          </>
        }
        trail={{
          links: [
            ["/quan-tri", "Quản trị"],
            ["/quan-tri/nguoi-dung", "Người dùng"],
          ],
          here: user.username,
        }}
        lead={
          <>
            Tạo lúc {formatAuditTime(user.createdAt)} · đăng nhập gần nhất{" "}
            {user.lastLoginAt ? formatAuditTime(user.lastLoginAt) : "chưa có"}
            {user.lockedUntil && user.lockedUntil > new Date()
              ? ` · tạm khoá đến ${formatAuditTime(user.lockedUntil)}`
              : ""}{" "}
            ·{" "}
            <Link href={`/lich-su/User/${user.id}`} className="underline">
              Lịch sử thay đổi
            </Link>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <UpdateUserForm
          user={editable}
          communes={communes}
          roles={ROLES.map((r) => [r, ROLE_LABEL[r]] as const)}
          programmes={[
            ["", `Chương trình mặc định${fallback ? ` (${fallback.shortTitle})` : ""}`],
            ...programmes.map((p) => [p.code, p.shortTitle] as const),
          ]}
        />
        <div className="space-y-4">
          <ResetPasswordForm user={editable} passwordMinLength={PASSWORD_MIN_LENGTH} />
          <DisableUserForm user={editable} />
        </div>
      </div>
    </div>
  );
}
