"use client";
import { DIGITAL_PRACTICE_LABELS } from "@/domain/labels";
import type { YearDossier } from "@/server/dossier/get-year-dossier";
import { saveDigitalPractice } from "@/server/dossier/digital/save-digital-practice.action";
import { deleteDigitalPractice } from "@/server/dossier/digital/delete-digital-practice.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { DeleteForm } from "@/app/_components/form/delete-form";
import { SelectField, TextField } from "@/app/_components/form/fields";
import { optionsOf } from "@/app/_components/form/form-state";
import { cardClass, secondaryButtonClass } from "@/app/_components/form/styles";
import type { YearIds } from "./ids";

export function DigitalSection({ ids, items }: { ids: YearIds; items: YearDossier["digital"] }) {
  const form = useActionForm(saveDigitalPractice);
  return (
    <section className={cardClass} aria-labelledby="chuyen-doi-so">
      <h2 id="chuyen-doi-so" className="text-lg font-semibold">
        Chuyển đổi số năm {ids.year}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Chưa ghi nhận.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {items.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-2">
              <span>
                {DIGITAL_PRACTICE_LABELS[d.practice]}
                {d.note ? ` — ${d.note}` : ""}
              </span>
              <DeleteForm
                action={deleteDigitalPractice}
                id={d.id}
                version={d.version}
                label={`Xoá ${DIGITAL_PRACTICE_LABELS[d.practice]}`}
                inline
              />
            </li>
          ))}
        </ul>
      )}
      <ActionForm form={form} formId="cds" className="grid gap-3 sm:grid-cols-3" success="Đã ghi nhận." hidden={ids}>
        <SelectField name="practice" label="Hình thức" options={optionsOf(DIGITAL_PRACTICE_LABELS)} />
        <TextField name="note" label="Ghi chú" />
        <div className="flex items-end">
          <SubmitButton label="Thêm hình thức" pendingLabel={null} className={secondaryButtonClass} />
        </div>
      </ActionForm>
    </section>
  );
}
