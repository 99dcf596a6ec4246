"use client";
import { setTarget } from "@/server/targets/settings/set-target.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import {
  DateField,
  FieldError,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
} from "@/app/_components/form/fields";
import { optionsOf, submittedList } from "@/app/_components/form/form-state";
import { CHAIN_BASE_LABELS, PARAM_LABELS } from "./target-params";

export type TargetVersionDefaults = {
  code: string;
  title: string;
  comparator: string;
  value: number;
  unit: "COUNT" | "PERCENT";
  horizonYear: number;
  sourceText: string;
  chainBase?: "all" | "goodFair";
  orgTypes?: string[];
  suggestedValidFrom: string;
};

const COMPARATORS = [
  ["GT", "trên (>)"],
  ["GTE", "ít nhất (≥)"],
  ["LT", "dưới (<)"],
  ["LTE", "tối đa (≤)"],
] as const;

export function TargetVersionForm({ d }: { d: TargetVersionDefaults }) {
  const form = useActionForm(setTarget);
  const usesOrgTypes = d.code.startsWith("ORG_") || d.code === "POP_SHARE";
  const orgTypes = submittedList(form.state, "orgTypes") ?? d.orgTypes ?? [];
  return (
    <ActionForm
      form={form}
      formId={d.code}
      hidden={{ code: d.code, unit: d.unit }}
      className="mt-2 space-y-3"
      aria-label={`Phiên bản mới của chỉ tiêu ${d.title}`}
      success="Đã lưu phiên bản mới; số liệu từ ngày hiệu lực dùng định nghĩa này."
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField name="title" label="Tên chỉ tiêu" defaultValue={d.title} className="lg:col-span-2" />
        <SelectField name="comparator" label="So sánh" options={COMPARATORS} defaultValue={d.comparator} />
        <NumberField
          decimal
          name="value"
          label={`Ngưỡng ${d.unit === "PERCENT" ? "(%)" : "(số lượng)"}`}
          defaultValue={String(d.value).replace(".", ",")}
        />
        <NumberField name="horizonYear" label="Năm đích" defaultValue={d.horizonYear} />
        <DateField name="validFrom" label="Hiệu lực từ ngày" defaultValue={d.suggestedValidFrom} />
        {d.code === "HTX_VALUE_CHAIN" && (
          <SelectField
            name="chainBase"
            label={PARAM_LABELS.chainBase}
            options={optionsOf(CHAIN_BASE_LABELS)}
            defaultValue={d.chainBase ?? "all"}
            className="lg:col-span-2"
          />
        )}
        {usesOrgTypes && (
          <fieldset className="text-sm lg:col-span-2">
            <legend className="font-semibold">{PARAM_LABELS.orgTypes}</legend>
            <div className="mt-1 flex gap-3">
              {["THT", "HTX", "LHHTX"].map((t) => (
                <label key={t} className="flex items-center gap-1">
                  <input type="checkbox" name="orgTypes" value={t} defaultChecked={orgTypes.includes(t)} />
                  {t}
                </label>
              ))}
            </div>
            <FieldError id={`${d.code}-orgTypes-error`} name="orgTypes" />
          </fieldset>
        )}
        <TextAreaField
          name="sourceText"
          label="Nguyên văn trong văn bản"
          defaultValue={d.sourceText}
          className="sm:col-span-2 lg:col-span-4"
        />
      </div>
      <SubmitButton label="Lưu phiên bản mới" />
    </ActionForm>
  );
}
