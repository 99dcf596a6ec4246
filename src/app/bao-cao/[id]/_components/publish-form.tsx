"use client";
import { useActionState } from "react";
import { publishReport } from "@/server/reports/publish-report.action";
import { FormMessage } from "@/app/_components/form/action-form";
import { type FormState } from "@/app/_components/form/form-state";

/** Draft → published, after a confirmation: from then on nothing in the report changes. */
export function PublishForm({ id, version }: { id: number; version: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(publishReport, null);
  return (
    <form
      noValidate
      action={action}
      onSubmit={(e) => {
        if (!window.confirm("Ban hành báo cáo? Sau khi ban hành, số liệu và nội dung không sửa được nữa."))
          e.preventDefault();
      }}
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4"
      aria-labelledby="ban-hanh"
    >
      <h2 id="ban-hanh" className="text-lg font-semibold">
        Ban hành
      </h2>
      <p className="text-sm">
        Hãy lưu dự thảo trước. Khi ban hành, nội dung được khóa cùng với số liệu đã chốt; Thường trực có thể góp ý.
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-amber-700 px-4 py-2 text-sm font-semibold text-white hover:bg-amber-800 disabled:opacity-60"
      >
        {pending ? "Đang ban hành…" : "Ban hành báo cáo"}
      </button>
    </form>
  );
}
