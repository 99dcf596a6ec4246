"use client";
import Link from "next/link";
import { useState } from "react";
import { ORG_STATUS_LABELS, ORG_TYPE_LABELS, SECTOR_LABELS } from "@/domain/labels";
import { createOrganisation } from "@/server/organisation/create-organisation.action";
import { updateOrganisation } from "@/server/organisation/update-organisation.action";
import { changeOrganisationStatus } from "@/server/organisation/change-organisation-status.action";
import { ActionForm, SubmitButton, useActionForm, useFormScope } from "@/app/_components/form/action-form";
import {
  DateField,
  FieldError,
  GroupedSelectField,
  SelectField,
  TextAreaField,
  TextField,
} from "@/app/_components/form/fields";
import { optionsOf, refill } from "@/app/_components/form/form-state";
import { formatDate, parseDayInput } from "@/domain/format/date";
import { unitExistsOn } from "@/domain/territory/unit-label";
import type { OrganisationIdentity } from "@/domain/organisations/identity";

/** From listWritableCommunes: current units first, dissolved ones marked, with validity. */
type Commune = { id: number; label: string; validFrom: string; validTo: string | null };
type Identity = OrganisationIdentity<string | null> & { id: number; version: number };

/**
 * The commune of the organisation: only the units that existed on its founding date (today
 * without one), as the server accepts them. A new organisation goes to the current
 * communes; one founded before the 2025 merger to the old commune of the time, marked
 * with where it counts today. The choices follow the date as it is typed.
 */
function CommuneField({
  communes,
  day,
  initial,
}: {
  communes: Commune[];
  /** The founding day typed (YYYY-MM-DD), else today. */
  day: string;
  initial: string;
}) {
  const [value, setValue] = useState(initial);
  const offered = communes.filter((c) => unitExistsOn(c, day));
  const options = (former: boolean) =>
    offered.filter((c) => !!c.validTo === former).map((c) => [String(c.id), c.label] as const);
  // the choice made, while the date allows it; else the one unit the date leaves, if one;
  // else none (never a guess among several old communes)
  const chosen = offered.some((c) => String(c.id) === value)
    ? value
    : offered.length === 1
      ? String(offered[0]!.id)
      : "";
  return (
    <GroupedSelectField
      name="communeId"
      label="Xã, thị trấn"
      required
      value={chosen}
      onValueChange={setValue}
      groups={[
        { label: "Đơn vị hiện nay", options: options(false) },
        { label: "Đơn vị cũ (trước 01/07/2025)", options: options(true) },
      ]}
      empty={offered.length ? "— Chọn xã, thị trấn —" : "— Không có xã nào bạn được nhập liệu vào ngày này —"}
      hint={`Đơn vị hành chính vào ngày thành lập (chưa rõ ngày thì hôm nay), đang xét ngày ${formatDate(day)}; tổ chức thành lập trước khi sáp nhập năm 2025 ghi xã, thị trấn cũ.`}
    />
  );
}

function IdentityFields({ communes, o, today }: { communes: Commune[]; o?: Identity; today: string }) {
  const { state, formId } = useFormScope();
  const registerChecked =
    state && !state.ok ? state.values?.hasMemberRegister !== undefined : (o?.hasMemberRegister ?? true);
  // the founding date as typed: it decides which communes existed then
  const [founded, setFounded] = useState(() => refill(state, "foundedOn", o?.foundedOn));
  const foundedDay = parseDayInput(founded);
  const day = foundedDay && foundedDay <= today ? foundedDay : today;
  return (
    <div
      className="grid gap-3 sm:grid-cols-2"
      onChange={(e) => {
        const t = e.target as HTMLInputElement;
        if (t.name === "foundedOn") setFounded(t.value);
      }}
    >
      <TextField name="code" label="Mã tổ chức" required defaultValue={o?.code} hint="Ví dụ: HTX-BP-012" />
      <TextField name="name" label="Tên tổ chức" required defaultValue={o?.name} />
      <SelectField
        name="type"
        label="Loại hình"
        required
        defaultValue={o?.type ?? "HTX"}
        options={optionsOf(ORG_TYPE_LABELS)}
      />
      <CommuneField
        communes={communes}
        day={day}
        initial={refill(state, "communeId", o?.communeId ?? communes.find((c) => unitExistsOn(c, today))?.id)}
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

export function CreateOrganisationForm({ communes, today }: { communes: Commune[]; today: string }) {
  const year = Number(today.slice(0, 4));
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
      {/* afresh once created: the form's inputs are cleared, the date's choices with them */}
      <IdentityFields key={created?.id ?? "new"} communes={communes} today={today} />
      <SubmitButton label="Tạo tổ chức" />
    </ActionForm>
  );
}

export function UpdateOrganisationForm({
  communes,
  organisation,
  today,
}: {
  communes: Commune[];
  organisation: Identity;
  today: string;
}) {
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
      <IdentityFields communes={communes} o={organisation} today={today} />
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
