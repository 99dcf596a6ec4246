"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { SIGN_IN_ERROR } from "@/domain/auth/routes";
import { FormScope, SubmitButton } from "@/app/_components/form/action-form";
import { buttonClass, inputClass } from "@/app/_components/form/styles";

const MESSAGES = {
  invalid: "Tên đăng nhập hoặc mật khẩu không đúng",
  locked: "Tài khoản tạm khoá do đăng nhập sai nhiều lần, thử lại sau 15 phút",
  unavailable: "Không kết nối được máy chủ, hãy thử lại",
  empty: "Hãy nhập tên đăng nhập và mật khẩu",
} as const;

type ErrorKind = keyof typeof MESSAGES;

export function SignInForm({
  callbackUrl,
  initialError,
}: {
  callbackUrl: string;
  initialError: "invalid" | "locked" | null;
}) {
  const [username, setUsername] = useState("");
  const [error, setError] = useState<ErrorKind | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const password = (form.elements.namedItem("password") as HTMLInputElement).value;
    // the form has noValidate (the browser's own bubble speaks the browser's language)
    if (!username.trim() || !password) {
      setError("empty");
      return;
    }
    setPending(true);
    setError(null);
    try {
      // redirect: false, then navigate ourselves to a same-origin path: next-auth's
      // redirect URL is built from NEXTAUTH_URL, which may name another host.
      const res = await signIn("credentials", { username, password, redirect: false });
      if (res?.ok && !res.error) {
        window.location.assign(callbackUrl);
        return;
      }
      setError(res?.error === SIGN_IN_ERROR.locked ? "locked" : res ? "invalid" : "unavailable");
    } catch {
      setError("unavailable");
    }
    (form.elements.namedItem("password") as HTMLInputElement).value = "";
    setPending(false);
  }

  return (
    <form
      onSubmit={onSubmit}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-describedby={error ? "loi-dang-nhap" : undefined}
      noValidate
    >
      {error && (
        <p id="loi-dang-nhap" role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {MESSAGES[error]}
        </p>
      )}
      <label className="flex flex-col text-sm">
        <span className="font-semibold">Tên đăng nhập</span>
        <input
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          className={inputClass}
        />
      </label>
      <label className="flex flex-col text-sm">
        <span className="font-semibold">Mật khẩu</span>
        <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </label>
      <FormScope state={null} formId="" pending={pending}>
        <SubmitButton label="Đăng nhập" pendingLabel="Đang đăng nhập…" className={`w-full ${buttonClass}`} />
      </FormScope>
    </form>
  );
}
