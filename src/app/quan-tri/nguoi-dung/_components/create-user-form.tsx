"use client";
import Link from "next/link";
import { createUser } from "@/server/users/create-user.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { SelectField, TextField } from "@/app/_components/form/fields";
import { CommuneCheckboxes, type CommuneOption, type RoleOption } from "./form-parts";

/** The user forms' button: larger text than the data-entry forms'. */
export const userButtonClass =
  "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

export function CreateUserForm({
  communes,
  roles,
  passwordMinLength,
}: {
  communes: CommuneOption[];
  roles: RoleOption[];
  passwordMinLength: number;
}) {
  const form = useActionForm<{ id: number; username: string }>(createUser);
  const created = form.data;
  return (
    <ActionForm
      form={form}
      formId=""
      title="Tạo tài khoản"
      titleId="tao-tai-khoan"
      success={
        created && (
          <>
            Đã tạo tài khoản{" "}
            <Link href={`/quan-tri/nguoi-dung/${created.id}`} className="font-semibold underline">
              {created.username}
            </Link>
            .
          </>
        )
      }
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="username" label="Tên đăng nhập" />
        <TextField name="fullName" label="Họ và tên" />
        <SelectField name="role" label="Vai trò" defaultValue="COMMUNE" options={roles} />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={`Mật khẩu ban đầu (ít nhất ${passwordMinLength} ký tự)`}
        />
      </div>
      <CommuneCheckboxes communes={communes} checked={[]} />
      <SubmitButton label="Tạo tài khoản" pendingLabel="Đang tạo…" className={userButtonClass} />
    </ActionForm>
  );
}
