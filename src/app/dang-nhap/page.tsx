import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getOptionalViewer } from "@/server/auth/session";
import { safeCallbackPath, SIGN_IN_ERROR } from "@/domain/auth/routes";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Đăng nhập" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getOptionalViewer()) redirect(callbackUrl);
  // next-auth's own error redirect (e.g. without JavaScript) lands here with ?error=…
  const error =
    typeof params.error === "string" ? (params.error === SIGN_IN_ERROR.locked ? "locked" : "invalid") : null;
  return (
    <div className="mx-auto max-w-sm space-y-4 py-8">
      <h1 className="text-2xl font-bold">Đăng nhập</h1>
      <p className="text-sm text-slate-700">
        Dữ liệu có thông tin cá nhân của thành viên hợp tác xã: chỉ cán bộ được cấp tài khoản mới xem được.
      </p>
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
    </div>
  );
}
