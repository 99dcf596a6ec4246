"use client";
import { useState } from "react";
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
import { optionsOf, submitted, submittedList } from "@/app/_components/form/form-state";
import { inputClass } from "@/app/_components/form/styles";
import { TARGET_KINDS, type TargetKind } from "@/domain/targets/definitions";
import { KIND_UNITS } from "@/domain/targets/measures";
import { TARGET_KIND_LABELS } from "@/domain/targets/labels";
import { CHAIN_BASE_LABELS, PARAM_LABELS } from "./target-params";

export type TargetVersionDefaults = {
  programme: string;
  /** null: a new target of the programme (its code and kind are typed in). */
  kind: TargetKind | null;
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

const KIND_OPTIONS = TARGET_KINDS.map((k) => [k, TARGET_KIND_LABELS[k]] as const);

export function TargetVersionForm({ d }: { d: TargetVersionDefaults }) {
  const form = useActionForm(setTarget);
  const isNew = d.kind === null;
  // a new target's unit follows the kind chosen (a count or a share)
  const [chosenKind, setChosenKind] = useState<TargetKind>(
    (submitted(form.state, "kind") as TargetKind | undefined) ?? d.kind ?? "HTX_COUNT",
  );
  const kind = d.kind ?? chosenKind;
  const unit = isNew ? KIND_UNITS[kind] : d.unit;
  const usesOrgTypes = kind.startsWith("ORG_") || kind === "POP_SHARE";
  const usesChainBase = kind === "HTX_VALUE_CHAIN" || kind === "ORG_CHAIN";
  const orgTypes = submittedList(form.state, "orgTypes") ?? d.orgTypes ?? [];
  const formId = d.code || "moi";
  return (
    <ActionForm
      form={form}
      formId={formId}
      hidden={{ programme: d.programme, code: isNew ? undefined : d.code, unit }}
      className="mt-2 space-y-3"
      aria-label={isNew ? "Chỉ tiêu mới của chương trình" : `Phiên bản mới của chỉ tiêu ${d.title}`}
      success={
        isNew
          ? "Đã thêm chỉ tiêu; tổng quan của chương trình so số liệu với chỉ tiêu này từ ngày hiệu lực."
          : "Đã lưu phiên bản mới; số liệu từ ngày hiệu lực dùng định nghĩa này."
      }
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {isNew && (
          <>
            <TextField name="code" label="Mã chỉ tiêu" placeholder="VD: HTX_COUNT_2030" />
            <label className="flex flex-col text-sm lg:col-span-3">
              <span className="font-semibold">Loại chỉ tiêu (cách tính)</span>
              <select
                name="kind"
                value={chosenKind}
                onChange={(e) => setChosenKind(e.target.value as TargetKind)}
                aria-describedby={`${formId}-kind-error`}
                className={inputClass}
              >
                {KIND_OPTIONS.map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
              <FieldError id={`${formId}-kind-error`} name="kind" />
            </label>
          </>
        )}
        <TextField name="title" label="Tên chỉ tiêu" defaultValue={d.title} className="lg:col-span-2" />
        <SelectField name="comparator" label="So sánh" options={COMPARATORS} defaultValue={d.comparator} />
        <NumberField
          decimal
          name="value"
          label={`Ngưỡng ${unit === "PERCENT" ? "(%)" : "(số lượng)"}`}
          defaultValue={String(d.value).replace(".", ",")}
        />
        <NumberField name="horizonYear" label="Năm đích" defaultValue={d.horizonYear} />
        <DateField name="validFrom" label="Hiệu lực từ ngày" defaultValue={d.suggestedValidFrom} />
        {usesChainBase && (
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
            <FieldError id={`${formId}-orgTypes-error`} name="orgTypes" />
          </fieldset>
        )}
        <TextAreaField
          name="sourceText"
          label="Nguyên văn trong văn bản"
          defaultValue={d.sourceText}
          className="sm:col-span-2 lg:col-span-4"
        />
      </div>
      <SubmitButton label={isNew ? "Thêm chỉ tiêu" : "Lưu phiên bản mới"} />
    </ActionForm>
  );
}
