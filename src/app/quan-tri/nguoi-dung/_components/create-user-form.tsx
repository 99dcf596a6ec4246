"use client";
import { useActionState } from "react";
import Link from "next/link";
import { createUser } from "@/server/users/create-user.action";
import { ROLE_LABEL, ROLES } from "@/domain/users/user-fields";
import { PASSWORD_MIN_LENGTH } from "@/domain/auth/password-policy";
import {
  FieldError,
  fieldErrors,
  FormMessage,
  inputClass,
  submitted,
  type FormState,
} from "@/app/_components/entry/form-parts";
import { CommuneCheckboxes, type CommuneOption } from "./form-parts";

export function CreateUserForm({ communes }: { communes: CommuneOption[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createUser, null);
  const invalid = (name: string) => (fieldErrors(state, name)?.length ? true : undefined);
  const created = state?.ok ? (state.data as { id: number; username: string }) : null;
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="tao-tai-khoan"
    >
      <h2 id="tao-tai-khoan" className="text-lg font-semibold">
        Tạo tài khoản
      </h2>
      <FormMessage state={state} />
      {created && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 p-2 text-sm text-brand-800">
          Đã tạo tài khoản{" "}
          <Link href={`/quan-tri/nguoi-dung/${created.id}`} className="font-semibold underline">
            {created.username}
          </Link>
          .
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Tên đăng nhập</span>
          <input
            name="username"
            autoComplete="off"
            defaultValue={submitted(state, "username")}
            aria-invalid={invalid("username")}
            aria-describedby="username-error"
            className={inputClass}
          />
          <FieldError id="username-error" state={state} name="username" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Họ và tên</span>
          <input
            name="fullName"
            autoComplete="off"
            defaultValue={submitted(state, "fullName")}
            aria-invalid={invalid("fullName")}
            aria-describedby="fullName-error"
            className={inputClass}
          />
          <FieldError id="fullName-error" state={state} name="fullName" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Vai trò</span>
          <select
            name="role"
            defaultValue={submitted(state, "role") ?? "COMMUNE"}
            aria-invalid={invalid("role")}
            aria-describedby="role-error"
            className={inputClass}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
          <FieldError id="role-error" state={state} name="role" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Mật khẩu ban đầu (ít nhất {PASSWORD_MIN_LENGTH} ký tự)</span>
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            aria-invalid={invalid("password")}
            aria-describedby="password-error"
            className={inputClass}
          />
          <FieldError id="password-error" state={state} name="password" />
        </label>
      </div>
      <CommuneCheckboxes communes={communes} checked={[]} state={state} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang tạo…" : "Tạo tài khoản"}
      </button>
    </form>
  );
}
