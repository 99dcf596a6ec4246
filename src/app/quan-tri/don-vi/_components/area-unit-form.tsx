"use client";
// An administrator's correction of one unit: code, successor, source, whether the code
// is the official one. Says what happened; the figures follow at once.
import { useActionState } from "react";
import { updateAreaUnit } from "@/server/territory/update-area-unit.action";
import { FormMessage } from "@/app/_components/form/action-form";
import { FieldError } from "@/app/_components/form/fields";
import { fieldErrors, type FormState, refill } from "@/app/_components/form/form-state";
import { buttonClass, inputClass } from "@/app/_components/form/styles";

type Unit = {
  id: number;
  version: number;
  code: string;
  label: string;
  successorId: number | null;
  sourceRef: string | null;
  codeOfficial: boolean;
  dissolved: boolean;
};

export function AreaUnitForm({ unit, successors }: { unit: Unit; successors: { id: number; label: string }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateAreaUnit, null);
  const f = (name: string) => `u${unit.id}-${name}`;
  const invalid = (name: string) => (fieldErrors(state, name)?.length ? true : undefined);
  return (
    <form noValidate action={action} className="grid gap-2 sm:grid-cols-[8rem_1fr]" aria-label={`Sửa ${unit.label}`}>
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <label htmlFor={f("code")} className="text-sm font-semibold">
        Mã
      </label>
      <div>
        <input
          id={f("code")}
          name="code"
          defaultValue={refill(state, "code", unit.code)}
          aria-invalid={invalid("code")}
          aria-describedby={f("code-e")}
          className={`${inputClass} w-32`}
        />
        <label className="ml-3 inline-flex items-center gap-1 text-sm">
          <input type="checkbox" name="codeOfficial" defaultChecked={unit.codeOfficial} /> mã đã đối chiếu danh mục
          chính thức
        </label>
        <FieldError id={f("code-e")} state={state} name="code" />
      </div>
      {unit.dissolved && (
        <>
          <label htmlFor={f("successorId")} className="text-sm font-semibold">
            Đơn vị kế thừa
          </label>
          <div>
            <select
              id={f("successorId")}
              name="successorId"
              defaultValue={refill(state, "successorId", unit.successorId)}
              aria-invalid={invalid("successorId")}
              aria-describedby={f("successorId-e")}
              className={inputClass}
            >
              <option value="">(chưa có)</option>
              {successors.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
            <FieldError id={f("successorId-e")} state={state} name="successorId" />
          </div>
        </>
      )}
      <label htmlFor={f("sourceRef")} className="text-sm font-semibold">
        Căn cứ
      </label>
      <div>
        <input
          id={f("sourceRef")}
          name="sourceRef"
          defaultValue={refill(state, "sourceRef", unit.sourceRef)}
          className={`${inputClass} w-full`}
        />
      </div>
      <div className="sm:col-start-2">
        <FormMessage state={state} success="Đã lưu. Số liệu tính theo đơn vị mới ngay từ lần mở tiếp theo." />
        <button type="submit" disabled={pending} className={`${buttonClass} mt-1`}>
          {pending ? "Đang lưu…" : "Lưu"}
        </button>
      </div>
    </form>
  );
}
