"use client";
import { useActionState } from "react";
import { setTarget } from "@/server/targets/settings/set-target.action";
import { FormMessage } from "@/app/_components/form/action-form";
import { FieldError } from "@/app/_components/form/fields";
import { fieldErrors, type FormState, submitted, submittedList } from "@/app/_components/form/form-state";
import { inputClass } from "@/app/_components/form/styles";
import { dayInputValue } from "@/domain/format/date";
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
  { v: "GT", l: "trên (>)" },
  { v: "GTE", l: "ít nhất (≥)" },
  { v: "LT", l: "dưới (<)" },
  { v: "LTE", l: "tối đa (≤)" },
];

export function TargetVersionForm({ d }: { d: TargetVersionDefaults }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setTarget, null);
  const id = (n: string) => `${d.code}-${n}`;
  const invalid = (n: string) => (fieldErrors(state, n)?.length ? true : undefined);
  const usesOrgTypes = d.code.startsWith("ORG_") || d.code === "POP_SHARE";
  const orgTypes = submittedList(state, "orgTypes") ?? d.orgTypes ?? [];
  return (
    <form noValidate action={action} className="mt-2 space-y-3" aria-label={`Phiên bản mới của chỉ tiêu ${d.title}`}>
      <FormMessage state={state} success="Đã lưu phiên bản mới; số liệu từ ngày hiệu lực dùng định nghĩa này." />
      <input type="hidden" name="code" value={d.code} />
      <input type="hidden" name="unit" value={d.unit} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className="flex flex-col text-sm lg:col-span-2">
          <span className="font-semibold">Tên chỉ tiêu</span>
          <input
            name="title"
            defaultValue={submitted(state, "title") ?? d.title}
            aria-invalid={invalid("title")}
            aria-describedby={id("title-e")}
            className={inputClass}
          />
          <FieldError id={id("title-e")} state={state} name="title" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">So sánh</span>
          <select
            name="comparator"
            defaultValue={submitted(state, "comparator") ?? d.comparator}
            className={inputClass}
          >
            {COMPARATORS.map((c) => (
              <option key={c.v} value={c.v}>
                {c.l}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Ngưỡng {d.unit === "PERCENT" ? "(%)" : "(số lượng)"}</span>
          <input
            name="value"
            inputMode="decimal"
            defaultValue={submitted(state, "value") ?? String(d.value).replace(".", ",")}
            aria-invalid={invalid("value")}
            aria-describedby={id("value-e")}
            className={inputClass}
          />
          <FieldError id={id("value-e")} state={state} name="value" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Năm đích</span>
          <input
            name="horizonYear"
            inputMode="numeric"
            defaultValue={submitted(state, "horizonYear") ?? d.horizonYear}
            aria-invalid={invalid("horizonYear")}
            aria-describedby={id("horizon-e")}
            className={inputClass}
          />
          <FieldError id={id("horizon-e")} state={state} name="horizonYear" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Hiệu lực từ ngày</span>
          <input
            name="validFrom"
            placeholder="dd/mm/yyyy"
            defaultValue={submitted(state, "validFrom") ?? dayInputValue(d.suggestedValidFrom)}
            aria-invalid={invalid("validFrom")}
            aria-describedby={id("from-e")}
            className={inputClass}
          />
          <FieldError id={id("from-e")} state={state} name="validFrom" />
        </label>
        {d.code === "HTX_VALUE_CHAIN" && (
          <label className="flex flex-col text-sm lg:col-span-2">
            <span className="font-semibold">{PARAM_LABELS.chainBase}</span>
            <select
              name="chainBase"
              defaultValue={submitted(state, "chainBase") ?? d.chainBase ?? "all"}
              className={inputClass}
            >
              {Object.entries(CHAIN_BASE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
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
            <FieldError id={id("types-e")} state={state} name="orgTypes" />
          </fieldset>
        )}
        <label className="flex flex-col text-sm sm:col-span-2 lg:col-span-4">
          <span className="font-semibold">Nguyên văn trong văn bản</span>
          <textarea
            name="sourceText"
            rows={2}
            defaultValue={submitted(state, "sourceText") ?? d.sourceText}
            aria-invalid={invalid("sourceText")}
            aria-describedby={id("src-e")}
            className={inputClass}
          />
          <FieldError id={id("src-e")} state={state} name="sourceText" />
        </label>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang lưu…" : "Lưu phiên bản mới"}
      </button>
    </form>
  );
}
