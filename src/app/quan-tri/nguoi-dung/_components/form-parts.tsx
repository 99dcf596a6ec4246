"use client";
// The commune picker of the user forms; the generic form pieces are shared app-wide.
import { useFormScope } from "@/app/_components/form/action-form";
import { FieldError } from "@/app/_components/form/fields";
import { fieldErrors, submittedList } from "@/app/_components/form/form-state";

/** From assignableCommuneOptions(): current units first, dissolved ones marked. */
export type CommuneOption = { id: number; label: string; former: boolean };

/** The roles, with their labels, in the order offered (from the server page: the role
 *  list lives with the server's user fields). */
export type RoleOption = readonly [string, string];

/** Reads the form's state from the enclosing ActionForm. */
export function CommuneCheckboxes({ communes, checked }: { communes: CommuneOption[]; checked: number[] }) {
  const { state } = useFormScope();
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
      <FieldError id="communeIds-error" name="communeIds" />
    </fieldset>
  );
}
