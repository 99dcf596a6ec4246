"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ORG_STATUS_LABELS, ORG_TYPE_LABELS, SECTOR_LABELS } from "@/domain/labels";
import { createOrganisation } from "@/server/organisation/create-organisation.action";
import { updateOrganisation } from "@/server/organisation/update-organisation.action";
import { changeOrganisationStatus } from "@/server/organisation/change-organisation-status.action";
import {
  buttonClass,
  FieldError,
  FormMessage,
  optionsOf,
  SelectField,
  TextAreaField,
  TextField,
  type FormState,
} from "@/app/_components/entry/form-parts";

type Commune = { id: number; label: string };
type Identity = {
  id: number;
  version: number;
  code: string;
  type: string;
  name: string;
  communeId: number;
  address: string | null;
  sector: string;
  mainProducts: string[];
  foundedOn: string | null;
  hasMemberRegister: boolean;
};

function IdentityFields({
  state,
  formId,
  communes,
  o,
}: {
  state: FormState;
  formId: string;
  communes: Commune[];
  o?: Identity;
}) {
  const registerChecked =
    state && !state.ok ? state.values?.hasMemberRegister !== undefined : (o?.hasMemberRegister ?? true);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        state={state}
        formId={formId}
        name="code"
        label="Mã tổ chức"
        required
        defaultValue={o?.code}
        hint="Ví dụ: HTX-BP-012"
      />
      <TextField state={state} formId={formId} name="name" label="Tên tổ chức" required defaultValue={o?.name} />
      <SelectField
        state={state}
        formId={formId}
        name="type"
        label="Loại hình"
        required
        defaultValue={o?.type ?? "HTX"}
        options={optionsOf(ORG_TYPE_LABELS)}
      />
      <SelectField
        state={state}
        formId={formId}
        name="communeId"
        label="Xã, thị trấn"
        required
        defaultValue={o?.communeId ?? communes[0]?.id}
        options={communes.map((c) => [String(c.id), c.label] as const)}
      />
      <TextField
        state={state}
        formId={formId}
        name="address"
        label="Địa chỉ"
        defaultValue={o?.address}
        className="sm:col-span-2"
      />
      <SelectField
        state={state}
        formId={formId}
        name="sector"
        label="Lĩnh vực"
        required
        defaultValue={o?.sector ?? "AGRICULTURE"}
        options={optionsOf(SECTOR_LABELS)}
      />
      <TextField
        state={state}
        formId={formId}
        name="foundedOn"
        type="date"
        label="Ngày thành lập"
        defaultValue={o?.foundedOn}
      />
      <TextField
        state={state}
        formId={formId}
        name="mainProducts"
        label="Sản phẩm, dịch vụ chính"
        defaultValue={o?.mainProducts.join(", ")}
        hint="Cách nhau bằng dấu phẩy, ví dụ: Lúa, dừa, bưởi"
        className="sm:col-span-2"
      />
      <div className="flex flex-col text-sm sm:col-span-2">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="hasMemberRegister"
            defaultChecked={registerChecked}
            key={String(registerChecked)}
            aria-describedby={`${formId}-hasMemberRegister-error`}
          />
          <span>Có sổ đăng ký thành viên (nhập danh sách thành viên vào hệ thống)</span>
        </label>
        <FieldError id={`${formId}-hasMemberRegister-error`} state={state} name="hasMemberRegister" />
      </div>
    </div>
  );
}

export function CreateOrganisationForm({ communes, year }: { communes: Commune[]; year: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createOrganisation, null);
  const created = state?.ok ? (state.data as { id: number }) : null;
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="tao-to-chuc"
    >
      <h2 id="tao-to-chuc" className="text-lg font-semibold">
        Thông tin tổ chức
      </h2>
      <FormMessage
        state={state}
        success={
          created && (
            <>
              Đã tạo tổ chức.{" "}
              <Link href={`/to-chuc/${created.id}`} className="font-semibold underline">
                Mở hồ sơ
              </Link>{" "}
              ·{" "}
              <Link href={`/to-chuc/${created.id}/thanh-vien`} className="font-semibold underline">
                Thêm thành viên
              </Link>{" "}
              ·{" "}
              <Link href={`/to-chuc/${created.id}/nam/${year}`} className="font-semibold underline">
                Nhập số liệu năm {year}
              </Link>
            </>
          )
        }
      />
      <IdentityFields state={state} formId="tao" communes={communes} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang lưu…" : "Tạo tổ chức"}
      </button>
    </form>
  );
}

export function UpdateOrganisationForm({ communes, organisation }: { communes: Commune[]; organisation: Identity }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateOrganisation, null);
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="sua-to-chuc"
    >
      <h2 id="sua-to-chuc" className="text-lg font-semibold">
        Thông tin tổ chức
      </h2>
      <FormMessage state={state} success="Đã lưu thay đổi." />
      <input type="hidden" name="id" value={organisation.id} />
      <input type="hidden" name="version" value={organisation.version} />
      <IdentityFields state={state} formId="sua" communes={communes} o={organisation} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang lưu…" : "Lưu thông tin"}
      </button>
    </form>
  );
}

export function StatusChangeForm({ id, version, today }: { id: number; version: number; today: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeOrganisationStatus, null);
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="doi-trang-thai"
    >
      <h2 id="doi-trang-thai" className="text-lg font-semibold">
        Thay đổi trạng thái pháp lý
      </h2>
      <FormMessage state={state} success="Đã ghi nhận thay đổi trạng thái." />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          state={state}
          formId="tt"
          name="status"
          label="Trạng thái mới"
          required
          options={optionsOf(ORG_STATUS_LABELS)}
          className="sm:col-span-2"
        />
        <TextField
          state={state}
          formId="tt"
          name="effectiveFrom"
          type="date"
          label="Ngày hiệu lực"
          required
          defaultValue={today}
        />
        <TextField state={state} formId="tt" name="decisionRef" label="Căn cứ (số quyết định, văn bản)" />
        <TextAreaField state={state} formId="tt" name="note" label="Ghi chú" className="sm:col-span-2" />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang lưu…" : "Ghi nhận trạng thái"}
      </button>
    </form>
  );
}
