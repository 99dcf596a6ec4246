"use client";
// An administrator's correction of one unit: code, successor, source, whether the code
// is the official one. Says what happened; the figures follow at once.
import { updateAreaUnit } from "@/server/territory/update-area-unit.action";
import { ActionForm, FormMessage, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { SelectField, TextField } from "@/app/_components/form/fields";

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
  const form = useActionForm(updateAreaUnit);
  return (
    <ActionForm
      form={form}
      formId={`u${unit.id}`}
      hidden={{ id: unit.id, version: unit.version }}
      showMessage={false}
      className="space-y-3"
      aria-label={`Sửa ${unit.label}`}
    >
      <div className="flex flex-wrap items-end gap-3">
        <TextField name="code" label="Mã" defaultValue={unit.code} inputClassName="w-32" />
        <label className="inline-flex items-center gap-1 pb-2 text-sm">
          <input type="checkbox" name="codeOfficial" defaultChecked={unit.codeOfficial} /> mã đã đối chiếu danh mục
          chính thức
        </label>
      </div>
      {unit.dissolved && (
        <SelectField
          name="successorId"
          label="Đơn vị kế thừa"
          options={[["", "(chưa có)"], ...successors.map((s) => [String(s.id), s.label] as const)]}
          defaultValue={unit.successorId}
        />
      )}
      <TextField name="sourceRef" label="Căn cứ" defaultValue={unit.sourceRef} />
      <FormMessage success="Đã lưu. Số liệu tính theo đơn vị mới ngay từ lần mở tiếp theo." />
      <SubmitButton label="Lưu" />
    </ActionForm>
  );
}
