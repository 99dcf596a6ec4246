"use client";
import { updateUser } from "@/server/users/update-user.action";
import { setUserDisabled } from "@/server/users/set-user-disabled.action";
import { resetUserPassword } from "@/server/users/reset-user-password.action";
import type { RoleValue } from "@/domain/users/user-fields";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { SelectField, TextField } from "@/app/_components/form/fields";
import { userButtonClass } from "./create-user-form";
import { CommuneCheckboxes, type CommuneOption, type RoleOption } from "./form-parts";

type EditableUser = {
  id: number;
  version: number;
  fullName: string;
  role: RoleValue;
  communeIds: number[];
  programmeCode: string | null;
  disabled: boolean;
};

export function UpdateUserForm({
  user,
  communes,
  roles,
  programmes,
}: {
  user: EditableUser;
  communes: CommuneOption[];
  roles: RoleOption[];
  /** [code, name] of every programme; "" (the default one) comes first. */
  programmes: RoleOption[];
}) {
  const form = useActionForm(updateUser);
  return (
    <ActionForm
      form={form}
      formId=""
      title="Thông tin và phân quyền"
      titleId="sua-vai-tro"
      success="Đã lưu thay đổi."
      hidden={{ id: user.id, version: user.version }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="fullName" label="Họ và tên" defaultValue={user.fullName} />
        <SelectField name="role" label="Vai trò" defaultValue={user.role} options={roles} />
        <SelectField
          name="programme"
          label="Chương trình khi mở tổng quan"
          defaultValue={user.programmeCode ?? ""}
          options={programmes}
          className="sm:col-span-2"
        />
      </div>
      <CommuneCheckboxes communes={communes} checked={user.communeIds} />
      <SubmitButton label="Lưu" className={userButtonClass} />
    </ActionForm>
  );
}

export function ResetPasswordForm({ user, passwordMinLength }: { user: EditableUser; passwordMinLength: number }) {
  const form = useActionForm(resetUserPassword);
  return (
    <ActionForm
      form={form}
      // "new": the error's id stays apart from the other form's fields on the page
      formId="new"
      title="Đặt lại mật khẩu"
      titleId="dat-lai-mat-khau"
      success="Đã đặt mật khẩu mới; hãy báo cho người dùng qua kênh an toàn."
      hidden={{ id: user.id, version: user.version }}
    >
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={`Mật khẩu mới (ít nhất ${passwordMinLength} ký tự)`}
      />
      <SubmitButton label="Đặt lại mật khẩu" className={userButtonClass} />
    </ActionForm>
  );
}

export function DisableUserForm({ user }: { user: EditableUser }) {
  const form = useActionForm(setUserDisabled);
  return (
    <ActionForm
      form={form}
      title="Trạng thái tài khoản"
      titleId="khoa-tai-khoan"
      success={user.disabled ? "Tài khoản đã bị khoá." : "Tài khoản đang hoạt động."}
    >
      <p className="text-sm">
        {user.disabled ? "Tài khoản đang bị khoá: không đăng nhập được." : "Tài khoản đang hoạt động."}
      </p>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      <SubmitButton
        label={user.disabled ? "Mở khoá tài khoản" : "Khoá tài khoản"}
        className={
          user.disabled
            ? userButtonClass
            : "rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        }
      />
    </ActionForm>
  );
}
