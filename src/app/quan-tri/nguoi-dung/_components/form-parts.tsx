"use client";
// The commune picker of the user forms; the generic form pieces are shared app-wide.
import { FieldError, fieldErrors, submittedList, type FormState } from "@/app/_components/entry/form-parts";

/** From assignableCommuneOptions(): current units first, dissolved ones marked. */
export type CommuneOption = { id: number; label: string; former: boolean };

export function CommuneCheckboxes({
  communes,
  checked,
  state,
}: {
  communes: CommuneOption[];
  checked: number[];
  state: FormState;
}) {
  const values = submittedList(state, "communeIds");
  const isChecked = (id: number) => (values ? values.includes(String(id)) : checked.includes(id));
  const invalid = !!fieldErrors(state, "communeIds")?.length;
  return (
    <fieldset
      className="text-sm"
      aria-describedby={invalid ? "communeIds-error" : "communeIds-hint"}
      aria-invalid={invalid || undefined}
    >
      <legend className="font-semibold">Xã, thị trấn được nhập liệu</legend>
      <p id="communeIds-hint" className="text-xs text-slate-600">
        Chỉ dùng cho vai trò Cán bộ xã; các vai trò khác không cần chọn.
      </p>
      {[
        { title: "Đơn vị hiện nay", list: communes.filter((c) => !c.former) },
        { title: "Đơn vị cũ (trước 01/07/2025) — để xem và sửa lịch sử", list: communes.filter((c) => c.former) },
      ]
        .filter((g) => g.list.length > 0)
        .map((g) => (
          <div key={g.title} className="mt-2">
            <p className="text-xs font-semibold text-slate-700">{g.title}</p>
            <div className="mt-1 grid max-h-48 gap-1 overflow-y-auto rounded border border-slate-200 p-2 sm:grid-cols-2">
              {g.list.map((c) => (
                <label key={c.id} className="flex items-center gap-2">
                  <input type="checkbox" name="communeIds" value={c.id} defaultChecked={isChecked(c.id)} />
                  <span>{c.label}</span>
                </label>
              ))}
            </div>
          </div>
        ))}
      <FieldError id="communeIds-error" state={state} name="communeIds" />
    </fieldset>
  );
}
