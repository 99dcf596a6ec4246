"use client";
import Link from "next/link";
import { ORG_STATUS_LABELS, ORG_TYPE_LABELS, SECTOR_LABELS } from "@/domain/labels";
import { createOrganisation } from "@/server/organisation/create-organisation.action";
import { updateOrganisation } from "@/server/organisation/update-organisation.action";
import { changeOrganisationStatus } from "@/server/organisation/change-organisation-status.action";
import { ActionForm, SubmitButton, useActionForm, useFormScope } from "@/app/_components/form/action-form";
import { DateField, FieldError, SelectField, TextAreaField, TextField } from "@/app/_components/form/fields";
import { optionsOf } from "@/app/_components/form/form-state";
import type { OrganisationIdentity } from "@/domain/organisations/identity";

type Commune = { id: number; label: string };
type Identity = OrganisationIdentity<string | null> & { id: number; version: number };

function IdentityFields({ communes, o }: { communes: Commune[]; o?: Identity }) {
  const { state, formId } = useFormScope();
  const registerChecked =
    state && !state.ok ? state.values?.hasMemberRegister !== undefined : (o?.hasMemberRegister ?? true);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField name="code" label="Mã tổ chức" required defaultValue={o?.code} hint="Ví dụ: HTX-BP-012" />
      <TextField name="name" label="Tên tổ chức" required defaultValue={o?.name} />
      <SelectField
        name="type"
        label="Loại hình"
        required
        defaultValue={o?.type ?? "HTX"}
        options={optionsOf(ORG_TYPE_LABELS)}
      />
      <SelectField
        name="communeId"
        label="Xã, thị trấn"
        required
        defaultValue={o?.communeId ?? communes[0]?.id}
        options={communes.map((c) => [String(c.id), c.label] as const)}
      />
      <TextField name="address" label="Địa chỉ" defaultValue={o?.address} className="sm:col-span-2" />
      <SelectField
        name="sector"
        label="Lĩnh vực"
        required
        defaultValue={o?.sector ?? "AGRICULTURE"}
        options={optionsOf(SECTOR_LABELS)}
      />
      <DateField name="foundedOn" label="Ngày thành lập" defaultValue={o?.foundedOn} />
      <TextField
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
        <FieldError id={`${formId}-hasMemberRegister-error`} name="hasMemberRegister" />
      </div>
    </div>
  );
}

export function CreateOrganisationForm({ communes, year }: { communes: Commune[]; year: number }) {
  const form = useActionForm<{ id: number }>(createOrganisation);
  const created = form.data;
  return (
    <ActionForm
      form={form}
      formId="tao"
      title="Thông tin tổ chức"
      titleId="tao-to-chuc"
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
    >
      <IdentityFields communes={communes} />
      <SubmitButton label="Tạo tổ chức" />
    </ActionForm>
  );
}

export function UpdateOrganisationForm({ communes, organisation }: { communes: Commune[]; organisation: Identity }) {
  const form = useActionForm(updateOrganisation);
  return (
    <ActionForm
      form={form}
      formId="sua"
      title="Thông tin tổ chức"
      titleId="sua-to-chuc"
      success="Đã lưu thay đổi."
      hidden={{ id: organisation.id, version: organisation.version }}
    >
      <IdentityFields communes={communes} o={organisation} />
      <SubmitButton label="Lưu thông tin" />
    </ActionForm>
  );
}

export function StatusChangeForm({ id, version, today }: { id: number; version: number; today: string }) {
  const form = useActionForm(changeOrganisationStatus);
  return (
    <ActionForm
      form={form}
      formId="tt"
      title="Thay đổi trạng thái pháp lý"
      titleId="doi-trang-thai"
      success="Đã ghi nhận thay đổi trạng thái."
      hidden={{ id, version }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="status"
          label="Trạng thái mới"
          required
          options={optionsOf(ORG_STATUS_LABELS)}
          className="sm:col-span-2"
        />
        <DateField name="effectiveFrom" label="Ngày hiệu lực" required defaultValue={today} />
        <TextField name="decisionRef" label="Căn cứ (số quyết định, văn bản)" />
        <TextAreaField name="note" label="Ghi chú" className="sm:col-span-2" />
      </div>
      <SubmitButton label="Ghi nhận trạng thái" />
    </ActionForm>
  );
}
