"use client";
// Signing out is next-auth's own POST /api/auth/signout (its signOut event ends every
// session of the user and records it), called as next-auth/react's signOut does: a CSRF
// token from /api/auth/csrf, then the POST. Not through next-auth/react: that client
// (with its Babel runtime) was about 8 KB of gzipped JavaScript on every page for these
// two requests. Not a plain form: next-auth answers it with a redirect built from
// NEXTAUTH_URL, and its CSRF cookie may be gone while the session cookie lives on.
import { useState } from "react";
import { SIGN_IN_PATH } from "@/domain/auth/routes";

async function signOut(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: window.location.href, json: "true" }),
  });
}

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut();
        // A full load: every server component (header included) must render signed out.
        window.location.assign(SIGN_IN_PATH);
      }}
      className="rounded border border-white/60 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-600 disabled:opacity-60"
    >
      {pending ? "Đang đăng xuất…" : "Đăng xuất"}
    </button>
  );
}
