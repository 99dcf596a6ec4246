"use client";
// The formal parts of a report (Nghị định 30/2020/NĐ-CP): letterhead, "Số", "Nơi nhận" and
// signature block. The same fields on the report's create and edit forms and, as a new
// report's defaults, on the administrator's letterhead setting.
import { TextAreaField, TextField } from "@/app/_components/form/fields";
import type { Letterhead } from "@/domain/reports/letterhead";

export type FormalValues = Omit<Letterhead, "abbreviation"> & { documentNumber?: string; abbreviation?: string };

export function FormalFields({ values, setting = false }: { values: FormalValues; setting?: boolean }) {
  return (
    <fieldset className="grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-2">
      <legend className="px-1 text-sm font-semibold">Thể thức văn bản (Nghị định 30/2020/NĐ-CP)</legend>
      <TextField
        name="parentBody"
        label="Cơ quan chủ quản"
        hint="Dòng trên, chữ in hoa; để trống nếu không có"
        defaultValue={values.parentBody}
      />
      <TextAreaField
        name="issuingBody"
        label="Cơ quan ban hành"
        hint="Chữ in hoa, đậm; tối đa 3 dòng"
        defaultValue={values.issuingBody}
      />
      {setting ? (
        <TextField
          name="abbreviation"
          label="Chữ viết tắt của cơ quan"
          hint="Dùng trong số, ký hiệu: …/BC-STC"
          defaultValue={values.abbreviation}
        />
      ) : (
        <TextField
          name="documentNumber"
          label="Số, ký hiệu"
          hint="Ví dụ 15/BC-STC; có thể để trống số đến khi ban hành (/BC-STC)"
          defaultValue={values.documentNumber}
        />
      )}
      <TextField name="place" label="Địa danh ở dòng ngày tháng" defaultValue={values.place} />
      <TextAreaField
        name="recipients"
        label="Nơi nhận"
        rows={4}
        hint="Mỗi dòng một nơi nhận, dòng cuối thường là “Lưu: VT, …”; dấu “-” và “;” được thêm khi in"
        defaultValue={values.recipients}
        className="sm:col-span-2"
      />
      <TextAreaField
        name="signerAuthority"
        label="Thẩm quyền ký"
        hint="Mỗi dòng bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. (ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH); để trống nếu người đứng đầu ký"
        defaultValue={values.signerAuthority}
      />
      <div className="grid gap-3">
        <TextField
          name="signerTitle"
          label="Chức vụ người ký"
          hint="Ví dụ: PHÓ CHỦ TỊCH, GIÁM ĐỐC"
          defaultValue={values.signerTitle}
        />
        <TextField name="signerName" label="Họ tên người ký" defaultValue={values.signerName} />
      </div>
    </fieldset>
  );
}
