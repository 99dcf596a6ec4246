"use client";
// One field a unit: what the programme allocates to it for the target's horizon year.
// A blank field removes that unit's allocation; one bad value and nothing is saved.
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { TextField } from "@/app/_components/form/fields";
import { saveAllocations } from "@/server/programmes/save-allocations.action";
import { allocationField } from "@/domain/programmes/allocations";

type Props = {
  programme: string;
  code: string;
  percent: boolean;
  units: { id: number; label: string; value: number | null }[];
};

export function AllocationForm({ programme, code, percent, units }: Props) {
  const form = useActionForm<{ saved: number }>(saveAllocations);
  return (
    <ActionForm
      form={form}
      formId="giao"
      hidden={{ programme, code }}
      title="Mức giao cho từng địa bàn"
      titleId="muc-giao"
      success="Đã lưu mức giao; tổng quan của từng địa bàn được đánh giá theo mức giao."
    >
      <p className="text-sm text-slate-700">
        Để trống ô của địa bàn không giao. {percent ? "Nhập tỷ lệ (%), ví dụ 62,5." : "Nhập số lượng, ví dụ 1.500."}
      </p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {units.map((u) => (
          <TextField
            key={u.id}
            name={allocationField(u.id)}
            label={u.label}
            inputMode={percent ? "decimal" : "numeric"}
            defaultValue={u.value === null ? "" : u.value.toLocaleString("vi-VN")}
          />
        ))}
      </div>
      <SubmitButton label="Lưu mức giao" />
    </ActionForm>
  );
}
