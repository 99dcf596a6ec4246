"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { SIGN_IN_PATH } from "@/domain/auth/routes";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        // Navigate ourselves: next-auth's redirect URL is built from NEXTAUTH_URL.
        await signOut({ redirect: false });
        // A full load: every server component (header included) must render signed out.
        window.location.assign(SIGN_IN_PATH);
      }}
      className="rounded border border-white/60 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-600 disabled:opacity-60"
    >
      {pending ? "Đang đăng xuất…" : "Đăng xuất"}
    </button>
  );
}
