"use client";
import { useActionState } from "react";
import { updateUser } from "@/server/users/update-user.action";
import { setUserDisabled } from "@/server/users/set-user-disabled.action";
import { resetUserPassword } from "@/server/users/reset-user-password.action";
import { ROLE_LABEL, ROLES, type RoleValue } from "@/domain/users/user-fields";
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

type EditableUser = {
  id: number;
  version: number;
  fullName: string;
  role: RoleValue;
  communeIds: number[];
  disabled: boolean;
};

const button = "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

export function UpdateUserForm({ user, communes }: { user: EditableUser; communes: CommuneOption[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateUser, null);
  const invalid = (name: string) => (fieldErrors(state, name)?.length ? true : undefined);
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="sua-vai-tro"
    >
      <h2 id="sua-vai-tro" className="text-lg font-semibold">
        Thông tin và phân quyền
      </h2>
      <FormMessage state={state} success="Đã lưu thay đổi." />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Họ và tên</span>
          <input
            name="fullName"
            defaultValue={submitted(state, "fullName") ?? user.fullName}
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
            defaultValue={submitted(state, "role") ?? user.role}
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
      </div>
      <CommuneCheckboxes communes={communes} checked={user.communeIds} state={state} />
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Đang lưu…" : "Lưu"}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ user }: { user: EditableUser }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetUserPassword, null);
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="dat-lai-mat-khau"
    >
      <h2 id="dat-lai-mat-khau" className="text-lg font-semibold">
        Đặt lại mật khẩu
      </h2>
      <FormMessage state={state} success="Đã đặt mật khẩu mới; hãy báo cho người dùng qua kênh an toàn." />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <label className="flex flex-col text-sm">
        <span className="font-semibold">Mật khẩu mới (ít nhất {PASSWORD_MIN_LENGTH} ký tự)</span>
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={fieldErrors(state, "password")?.length ? true : undefined}
          aria-describedby="new-password-error"
          className={inputClass}
        />
        <FieldError id="new-password-error" state={state} name="password" />
      </label>
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Đang lưu…" : "Đặt lại mật khẩu"}
      </button>
    </form>
  );
}

export function DisableUserForm({ user }: { user: EditableUser }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setUserDisabled, null);
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="khoa-tai-khoan"
    >
      <h2 id="khoa-tai-khoan" className="text-lg font-semibold">
        Trạng thái tài khoản
      </h2>
      <FormMessage state={state} success={user.disabled ? "Tài khoản đã bị khoá." : "Tài khoản đang hoạt động."} />
      <p className="text-sm">
        {user.disabled ? "Tài khoản đang bị khoá: không đăng nhập được." : "Tài khoản đang hoạt động."}
      </p>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      <button
        type="submit"
        disabled={pending}
        className={
          user.disabled
            ? button
            : "rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        }
      >
        {pending ? "Đang lưu…" : user.disabled ? "Mở khoá tài khoản" : "Khoá tài khoản"}
      </button>
    </form>
  );
}
