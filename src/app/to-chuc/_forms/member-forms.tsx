"use client";
import { useRef, useState, useTransition } from "react";
import { MEMBER_TYPE_LABEL } from "@/domain/labels";
import { addMember } from "@/server/membership/add-member.action";
import { endMembership } from "@/server/membership/end-membership.action";
import { reinstateMembership } from "@/server/membership/reinstate-membership.action";
import { dayInputValue, formatDate } from "@/domain/format/date";
import { useNotice } from "@/app/_components/notice";
import { ConfirmSubmit } from "@/app/_components/form/confirm-submit";
import { searchPersons } from "@/server/person/search-persons.action";
import type { PersonMatch } from "@/server/person/find-matching-persons";
import type { ActionResult } from "@/domain/actions/action-result";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { DateField, FieldError, NumberField, SelectField, TextField } from "@/app/_components/form/fields";
import { optionsOf, refill } from "@/app/_components/form/form-state";
import { secondaryButtonClass } from "@/app/_components/form/styles";

const KIND_LABELS = {
  INDIVIDUAL: "Cá nhân",
  HOUSEHOLD: "Hộ gia đình",
  LEGAL_ENTITY: "Pháp nhân",
  ORGANISATION: "Tổ chức không có tư cách pháp nhân",
};
const GENDER_LABELS = { MALE: "Nam", FEMALE: "Nữ", OTHER: "Khác" };

export function AddMemberForm({ organisationId, today }: { organisationId: number; today: string }) {
  const form = useActionForm(addMember);
  const [search, setSearch] = useState<ActionResult<PersonMatch[]> | null>(null);
  const [searching, startSearch] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const f = "tv";

  function runSearch() {
    const form = formRef.current;
    if (!form) return;
    const fd = new FormData();
    fd.set("organisationId", String(organisationId));
    for (const k of ["fullName", "birthYear", "idNumber"]) fd.set(k, String(new FormData(form).get(k) ?? ""));
    startSearch(async () => setSearch(await searchPersons(null, fd)));
  }

  const matches = search?.ok ? search.data : [];
  const choice = refill(form.state, "personChoice", "");
  return (
    <ActionForm
      ref={formRef}
      form={form}
      formId={f}
      title="Thêm thành viên"
      titleId="them-thanh-vien"
      success="Đã thêm thành viên."
      hidden={{ organisationId }}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="fullName" label="Họ và tên" required />
        <NumberField name="birthYear" label="Năm sinh" />
        <NumberField
          name="idNumber"
          label="Số định danh (CCCD)"
          hint="Không bắt buộc; chỉ dùng để nhận ra người đã có, không được lưu (chỉ lưu 3 số cuối)"
        />
      </div>
      <div>
        <button type="button" onClick={runSearch} disabled={searching} className={secondaryButtonClass}>
          {searching ? "Đang tìm…" : "Tìm người đã có"}
        </button>
      </div>
      <div aria-live="polite">
        {search && !search.ok && (
          <p role="alert" className="text-sm text-red-700">
            {search.error}
          </p>
        )}
        {search?.ok && (
          <fieldset className="space-y-1 rounded border border-slate-200 p-3 text-sm">
            <legend className="font-semibold">
              {matches.length
                ? `Tìm thấy ${matches.length} người: chọn người đã có để liên kết`
                : "Không tìm thấy người trùng khớp"}
            </legend>
            {matches.map((m) => (
              <label key={m.id} className="flex items-center gap-2">
                <input type="radio" name="personChoice" value={m.id} defaultChecked={choice === String(m.id)} />
                <span>
                  Liên kết người đã có: <strong>{m.fullName}</strong>
                  {m.birthYear ? `, sinh ${m.birthYear}` : ""}
                  {m.communeName ? `, ${m.communeName}` : ""}
                  {m.idNumberTail ? `, định danh ***${m.idNumberTail}` : ""}
                  {m.by === "ID_NUMBER" ? " (trùng số định danh)" : ""}
                  {m.organisations.length ? ` — đang ở: ${m.organisations.join(", ")}` : ""}
                </span>
              </label>
            ))}
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="personChoice"
                value="new"
                defaultChecked={matches.length === 0 || choice === "new"}
              />
              <span>Tạo người mới</span>
            </label>
          </fieldset>
        )}
        <FieldError id={`${f}-personChoice-error`} name="personChoice" />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="kind" label="Đối tượng" defaultValue="INDIVIDUAL" options={optionsOf(KIND_LABELS)} />
        <SelectField name="gender" label="Giới tính" options={optionsOf(GENDER_LABELS, "— Không rõ —")} />
        <SelectField
          name="memberType"
          label="Loại thành viên"
          defaultValue="OFFICIAL"
          options={optionsOf(MEMBER_TYPE_LABEL)}
        />
        <DateField name="joinedOn" label="Ngày vào" required defaultValue={today} />
        <NumberField name="capitalContributed" label="Vốn góp (đồng)" hint="Ví dụ: 1.500.000" />
        <DateField name="leftOn" label="Ngày ra (nếu đã ra)" />
      </div>
      <SubmitButton label="Thêm thành viên" />
    </ActionForm>
  );
}

export function EndMembershipForm({
  id,
  version,
  name,
  today,
}: {
  id: number;
  version: number;
  name: string;
  today: string;
}) {
  const notice = useNotice();
  const form = useActionForm(endMembership, {
    onSuccess: (d) =>
      notice(`Đã cho ${name} ra khỏi tổ chức từ ngày ${formatDate(d.leftOn!)}.`, {
        run: () => reinstateMembership(null, formDataOf({ id: d.id, version: d.version })),
        done: `Đã hoàn tác: ${name} vẫn là thành viên.`,
      }),
  });
  const f = `ra-${id}`;
  const { state } = form;
  return (
    <ActionForm
      form={form}
      formId={f}
      hidden={{ id, version }}
      className="flex flex-wrap items-end gap-2"
      showMessage={false}
    >
      <label className="flex flex-col text-xs" htmlFor={`${f}-leftOn`}>
        <span className="sr-only">Ngày ra của {name} (ngày/tháng/năm)</span>
        <input
          id={`${f}-leftOn`}
          name="leftOn"
          placeholder="dd/mm/yyyy"
          autoComplete="off"
          defaultValue={refill(state, "leftOn", dayInputValue(today))}
          aria-invalid={state && !state.ok ? true : undefined}
          aria-describedby={`${f}-error`}
          className="w-32 rounded border border-slate-300 p-1"
        />
      </label>
      <ConfirmSubmit
        label="Cho ra"
        aria-label={`Cho ${name} ra khỏi tổ chức`}
        question={`Cho ${name} ra khỏi tổ chức?`}
        confirmLabel="Cho ra"
      />
      {state && !state.ok && (
        <span id={`${f}-error`} role="alert" className="text-xs text-red-700">
          {state.fieldErrors?.leftOn?.join("; ") ?? state.error}
        </span>
      )}
    </ActionForm>
  );
}

function formDataOf(values: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, String(v));
  return data;
}
