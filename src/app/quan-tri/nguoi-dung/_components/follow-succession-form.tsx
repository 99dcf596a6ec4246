"use client";
// One step for the administrator: give an account of a dissolved commune the commune that
// took it over (it keeps the old one for the history).
import { useActionState } from "react";
import { followSuccession } from "@/server/users/follow-succession.action";
import { FormMessage } from "@/app/_components/form/action-form";
import { type FormState } from "@/app/_components/form/form-state";
import { secondaryButtonClass } from "@/app/_components/form/styles";

export function FollowSuccessionForm({ id, version, add }: { id: number; version: number; add: string[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(followSuccession, null);
  if (state?.ok)
    return (
      <FormMessage
        state={state}
        success={`Đã thêm ${add.join(", ")} vào địa bàn. Tài khoản dùng địa bàn mới từ lần mở trang tiếp theo.`}
      />
    );
  return (
    <form noValidate action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        {pending ? "Đang cập nhật…" : `Thêm ${add.join(", ")}`}
      </button>
    </form>
  );
}
