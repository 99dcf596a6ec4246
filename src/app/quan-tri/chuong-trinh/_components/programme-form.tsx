"use client";
// A programme's document and territory, one form for a new programme and for an edit.
// The territory is ticked as whole provinces, districts or single communes; the server
// stores the communes they cover (src/domain/programmes/territory.ts).
import { useState } from "react";
import Link from "next/link";
import { saveProgramme } from "@/server/programmes/save-programme.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import {
  DateField,
  FieldError,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
} from "@/app/_components/form/fields";
import { submitted, submittedList } from "@/app/_components/form/form-state";
import { programmeSchema } from "@/domain/programmes/programme-form";
import { PROGRAMME_LEVEL } from "@/domain/enums";
import type { ProgrammeFormValues, TerritoryOption } from "@/server/programmes/programme-admin";

const LEVEL_OPTIONS = PROGRAMME_LEVEL.options.map((o) => [o.value, o.label] as const);

export function ProgrammeForm({
  values,
  units,
}: {
  /** null: a new programme. */
  values: ProgrammeFormValues | null;
  units: TerritoryOption[];
}) {
  const form = useActionForm(saveProgramme, { schema: programmeSchema });
  const state = form.state;
  const [territory, setTerritory] = useState(
    submitted(state, "territory") ?? (values && values.units === null ? "COUNTRY" : "UNITS"),
  );
  const ticked = new Set((submittedList(state, "units") ?? values?.units?.map(String) ?? []).map(Number));
  const saved = form.data;
  return (
    <ActionForm
      form={form}
      formId="ct"
      hidden={{ id: values?.id, version: values?.version }}
      aria-label={values ? `Sửa ${values.shortTitle}` : "Chương trình mới"}
      success={
        saved && (
          <>
            {values ? "Đã lưu chương trình." : "Đã tạo chương trình."}{" "}
            <Link href={`/quan-tri/chi-tieu?chuong_trinh=${saved.code}`} className="font-semibold underline">
              {values ? "Xem chỉ tiêu" : "Thêm chỉ tiêu"}
            </Link>{" "}
            ·{" "}
            <Link href={`/?chuong_trinh=${saved.code}`} className="font-semibold underline">
              Mở tổng quan theo chương trình này
            </Link>
          </>
        )
      }
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {values ? (
          <p className="text-sm">
            <span className="block font-semibold">Mã chương trình</span>
            <span className="font-mono">{values.code}</span>
            <input type="hidden" name="code" value={values.code} />
          </p>
        ) : (
          <TextField name="code" label="Mã chương trình" hint="Dùng trong đường dẫn; không đổi được sau khi tạo" />
        )}
        <TextField name="shortTitle" label="Tên ngắn" defaultValue={values?.shortTitle} className="lg:col-span-3" />
        <TextAreaField
          name="title"
          label="Tên đầy đủ"
          defaultValue={values?.title}
          className="sm:col-span-2 lg:col-span-4"
        />
        <SelectField
          name="level"
          label="Cấp ban hành"
          options={LEVEL_OPTIONS}
          defaultValue={values?.level ?? "PROVINCE"}
        />
        <TextField name="issuingBody" label="Cơ quan ban hành" defaultValue={values?.issuingBody} />
        <TextField name="documentNumber" label="Số, ký hiệu" defaultValue={values?.documentNumber} />
        <DateField name="issuedOn" label="Ngày ban hành" defaultValue={values?.issuedOn} />
        <NumberField name="baselineYear" label="Năm gốc" defaultValue={values?.baselineYear ?? 2022} />
        <TextField
          name="sourceRef"
          label="Nguồn của các chỉ tiêu"
          hint="Ví dụ: Kế hoạch số …, mục II.2"
          defaultValue={values?.sourceRef}
          className="sm:col-span-2 lg:col-span-3"
        />
      </div>

      <fieldset className="space-y-2 text-sm" aria-describedby="ct-units-error">
        <legend className="font-semibold">Địa bàn</legend>
        <div className="flex flex-wrap gap-4">
          {(
            [
              ["COUNTRY", "Cả nước"],
              ["UNITS", "Các đơn vị chọn dưới đây"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex min-h-6 items-center gap-2">
              <input
                type="radio"
                name="territory"
                value={value}
                checked={territory === value}
                onChange={() => setTerritory(value)}
              />
              {label}
            </label>
          ))}
        </div>
        <FieldError id="ct-units-error" name="units" />
        {territory === "UNITS" && <TerritoryPicker units={units} ticked={ticked} />}
      </fieldset>

      <label className="flex min-h-6 items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="isDefault"
          defaultChecked={values?.isDefault ?? false}
          aria-describedby="ct-isDefault-error"
        />
        Chương trình mặc định (tổng quan mở theo chương trình này cho người chưa chọn chương trình riêng)
      </label>
      <FieldError id="ct-isDefault-error" name="isDefault" />
      <SubmitButton label={values ? "Lưu chương trình" : "Tạo chương trình"} />
    </ActionForm>
  );
}

/** Provinces and districts as checkboxes; the communes under each province or district in
 *  a fold, so a national list stays short until opened. */
function TerritoryPicker({ units, ticked }: { units: TerritoryOption[]; ticked: Set<number> }) {
  const above = units.filter((u) => u.level !== "COMMUNE");
  const labelOf = new Map(units.map((u) => [u.id, u.label]));
  const groups = new Map<string, TerritoryOption[]>();
  for (const c of units.filter((u) => u.level === "COMMUNE")) {
    const key = c.parentId !== null ? (labelOf.get(c.parentId) ?? "Khác") : "Không thuộc đơn vị nào";
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return (
    <div className="space-y-3" data-testid="territory-picker">
      <p className="text-slate-700">
        Chọn một tỉnh là chọn mọi xã, phường của tỉnh, kể cả các xã cũ của tỉnh, huyện đã hợp nhất vào đó, để số liệu
        các năm trước sắp xếp vẫn được tính.
      </p>
      <UnitList units={above} ticked={ticked} className="grid gap-1 sm:grid-cols-2" />
      {[...groups].map(([parent, communes]) => (
        <details key={parent} open={communes.some((c) => ticked.has(c.id))}>
          <summary className="cursor-pointer font-medium">
            Xã, phường thuộc {parent} ({communes.length})
          </summary>
          <UnitList units={communes} ticked={ticked} className="mt-1 grid gap-1 sm:grid-cols-2 lg:grid-cols-3" />
        </details>
      ))}
    </div>
  );
}

function UnitList({ units, ticked, className }: { units: TerritoryOption[]; ticked: Set<number>; className: string }) {
  return (
    <ul className={className}>
      {units.map((u) => (
        <li key={u.id}>
          <label className="flex min-h-6 items-center gap-2">
            <input type="checkbox" name="units" value={u.id} defaultChecked={ticked.has(u.id)} />
            {u.label}
          </label>
        </li>
      ))}
    </ul>
  );
}
