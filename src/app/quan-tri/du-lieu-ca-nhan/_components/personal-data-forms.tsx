"use client";
// Forms of the personal-data pages: correction, erasure (confirmed in a dialog), the
// retention period and its application (confirmed too). Each says what happened.
import { useActionState } from "react";
import { anonymisePerson } from "@/server/personal-data/anonymise-person.action";
import { applyRetention } from "@/server/personal-data/apply-retention.action";
import { correctPerson } from "@/server/personal-data/correct-person.action";
import { setRetention } from "@/server/personal-data/set-retention.action";
import { FormMessage } from "@/app/_components/form/action-form";
import { FieldError } from "@/app/_components/form/fields";
import { fieldErrors, type FormState, refill } from "@/app/_components/form/form-state";
import { buttonClass, dangerButtonClass, inputClass } from "@/app/_components/form/styles";
import { ConfirmSubmit } from "@/app/_components/entry/confirm-dialog";

type Person = {
  id: number;
  version: number;
  fullName: string;
  birthYear: number | null;
  gender: string | null;
  ethnicity: string | null;
};

function Field({
  state,
  name,
  label,
  value,
  inputMode,
}: {
  state: FormState;
  name: string;
  label: string;
  value: string | number | null;
  inputMode?: "numeric";
}) {
  return (
    <label className="flex flex-col text-sm">
      <span className="font-semibold">{label}</span>
      <input
        name={name}
        inputMode={inputMode}
        defaultValue={refill(state, name, value)}
        aria-invalid={fieldErrors(state, name)?.length ? true : undefined}
        aria-describedby={`${name}-e`}
        className={inputClass}
      />
      <FieldError id={`${name}-e`} state={state} name={name} />
    </label>
  );
}

export function CorrectPersonForm({ person }: { person: Person }) {
  const [state, action, pending] = useActionState<FormState, FormData>(correctPerson, null);
  return (
    <form noValidate action={action} className="space-y-3" aria-label="Sửa dữ liệu cá nhân">
      <FormMessage state={state} success="Đã sửa dữ liệu cá nhân theo yêu cầu; thay đổi được ghi vào lịch sử." />
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field state={state} name="fullName" label="Họ và tên" value={person.fullName} />
        <Field state={state} name="birthYear" label="Năm sinh" value={person.birthYear} inputMode="numeric" />
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Giới tính</span>
          <select name="gender" defaultValue={refill(state, "gender", person.gender)} className={inputClass}>
            <option value="">Không ghi</option>
            <option value="MALE">Nam</option>
            <option value="FEMALE">Nữ</option>
            <option value="OTHER">Khác</option>
          </select>
        </label>
        <Field state={state} name="ethnicity" label="Dân tộc" value={person.ethnicity} />
      </div>
      <Field state={state} name="reason" label="Căn cứ sửa (đơn, văn bản yêu cầu)" value="" />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang lưu…" : "Lưu dữ liệu đã sửa"}
      </button>
    </form>
  );
}

export function AnonymisePersonForm({ person, memberships }: { person: Person; memberships: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(anonymisePerson, null);
  if (state?.ok) {
    return (
      <p role="status" className="rounded border border-brand-600 bg-brand-50 p-2 text-sm text-brand-800">
        Đã ẩn danh người này: họ tên, năm sinh, giới tính, dân tộc, số định danh và xã đã bị xoá, kể cả trong lịch sử
        thay đổi. {memberships} tư cách thành viên vẫn được giữ nên mọi số liệu không đổi.
      </p>
    );
  }
  return (
    <form noValidate action={action} className="space-y-3" aria-label="Xoá dữ liệu cá nhân (ẩn danh)">
      <FormMessage state={state} />
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <input type="hidden" name="confirm" value="on" />
      <Field state={state} name="reason" label="Căn cứ xoá (đơn, văn bản yêu cầu)" value="" />
      <ConfirmSubmit
        label="Xoá dữ liệu cá nhân (ẩn danh)…"
        title={`Ẩn danh ${person.fullName}?`}
        confirmLabel="Ẩn danh vĩnh viễn"
        pending={pending}
        className={dangerButtonClass}
        confirmClassName={dangerButtonClass}
      >
        <p>
          Họ tên, năm sinh, giới tính, dân tộc, số định danh (đã mã hoá) và xã của người này sẽ bị xoá vĩnh viễn, cả
          trong lịch sử thay đổi. Không thể hoàn tác.
        </p>
        <p>
          {memberships} tư cách thành viên được giữ lại dưới tên &ldquo;Người đã ẩn danh #{person.id}&rdquo;, nên số
          thành viên và mọi chỉ tiêu không thay đổi.
        </p>
      </ConfirmSubmit>
    </form>
  );
}

export function RetentionForm({ years }: { years: number | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setRetention, null);
  return (
    <form noValidate action={action} className="flex flex-wrap items-end gap-3" aria-label="Thời hạn lưu giữ">
      <label className="flex w-48 flex-col text-sm">
        <span className="font-semibold">Số năm lưu giữ</span>
        <input
          name="years"
          inputMode="numeric"
          defaultValue={refill(state, "years", years)}
          aria-invalid={fieldErrors(state, "years")?.length ? true : undefined}
          aria-describedby="years-h years-e"
          className={inputClass}
        />
        <span id="years-h" className="text-xs text-slate-600">
          Để trống: không tự xoá.
        </span>
        <FieldError id="years-e" state={state} name="years" />
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang lưu…" : "Lưu thời hạn"}
      </button>
      <div className="w-full">
        <FormMessage state={state} success="Đã lưu thời hạn lưu giữ." />
      </div>
    </form>
  );
}

export function ApplyRetentionForm({ candidates, cutoff }: { candidates: number; cutoff: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(applyRetention, null);
  const done = state?.ok ? (state.data as { count: number }).count : null;
  return (
    <form noValidate action={action} className="space-y-2" aria-label="Ẩn danh người quá thời hạn lưu giữ">
      <FormMessage
        state={state}
        success={`Đã ẩn danh ${done ?? 0} người quá thời hạn lưu giữ; mọi số liệu không đổi.`}
      />
      <input type="hidden" name="confirm" value="on" />
      <ConfirmSubmit
        label={`Ẩn danh ${candidates} người quá hạn…`}
        title={`Ẩn danh ${candidates} người?`}
        confirmLabel="Ẩn danh vĩnh viễn"
        pending={pending}
        disabled={candidates === 0}
        className={dangerButtonClass}
        confirmClassName={dangerButtonClass}
      >
        <p>
          Những người đã rời mọi tổ chức trước ngày {cutoff} sẽ bị xoá họ tên, năm sinh, giới tính, dân tộc, số định
          danh và xã, cả trong lịch sử thay đổi. Không thể hoàn tác. Tư cách thành viên được giữ lại nên mọi số liệu
          không đổi.
        </p>
      </ConfirmSubmit>
    </form>
  );
}
