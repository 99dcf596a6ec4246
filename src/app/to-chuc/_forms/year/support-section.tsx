"use client";
import { POLICY_AREAS } from "@/domain/labels";
import type { YearDossier } from "@/server/dossier/get-year-dossier";
import { saveSupport } from "@/server/dossier/support/save-support.action";
import { deleteSupport } from "@/server/dossier/support/delete-support.action";
import { ActionForm, FormMessage, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { DeleteForm } from "@/app/_components/form/delete-form";
import { NumberField, SelectField, TextField } from "@/app/_components/form/fields";
import { cardClass, secondaryButtonClass } from "@/app/_components/form/styles";
import type { YearIds } from "./ids";

type Support = YearDossier["supports"][number];

const POLICY_OPTIONS = Object.entries(POLICY_AREAS).map(([k, v]) => [k, `${v.number}. ${v.label}`] as const);

function SupportForm({ ids, item }: { ids: YearIds; item?: Support }) {
  const form = useActionForm(saveSupport);
  return (
    <ActionForm
      form={form}
      formId={item ? `ht-${item.id}` : "ht-moi"}
      className="grid gap-3 sm:grid-cols-4"
      showMessage={false}
      hidden={{ ...ids, id: item?.id, version: item?.version }}
    >
      <div className="sm:col-span-4">
        <FormMessage success={item ? "Đã lưu." : "Đã ghi nhận hỗ trợ."} />
      </div>
      <SelectField name="policyArea" label="Chính sách" defaultValue={item?.policyArea} options={POLICY_OPTIONS} />
      <NumberField name="amount" label="Số tiền (đồng)" defaultValue={item?.amount} />
      <TextField name="note" label="Ghi chú" defaultValue={item?.note} />
      <div className="flex items-end">
        <SubmitButton label={item ? "Lưu" : "Thêm hỗ trợ"} pendingLabel={null} className={secondaryButtonClass} />
      </div>
    </ActionForm>
  );
}

export function SupportSection({ ids, items }: { ids: YearIds; items: YearDossier["supports"] }) {
  return (
    <section className={cardClass} aria-labelledby="ho-tro">
      <h2 id="ho-tro" className="text-lg font-semibold">
        Hỗ trợ đã nhận năm {ids.year}
      </h2>
      {items.length === 0 && <p className="text-sm text-slate-600">Chưa ghi nhận.</p>}
      {items.map((s) => (
        <details key={s.id} className="rounded border border-slate-200 p-2 text-sm">
          <summary className="cursor-pointer">
            {POLICY_AREAS[s.policyArea].label}: {s.amount} đồng{s.note ? ` — ${s.note}` : ""}
          </summary>
          <div className="mt-2 space-y-2">
            <SupportForm ids={ids} item={s} />
            <DeleteForm
              action={deleteSupport}
              id={s.id}
              version={s.version}
              label={`Xoá hỗ trợ ${POLICY_AREAS[s.policyArea].label}`}
              inline
            />
          </div>
        </details>
      ))}
      <SupportForm ids={ids} />
    </section>
  );
}
