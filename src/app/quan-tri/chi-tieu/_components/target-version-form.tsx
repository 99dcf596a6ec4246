"use client";
import { useActionState, useState } from "react";
import { setTarget } from "@/server/targets/settings/set-target.action";
import { FormMessage } from "@/app/_components/form/action-form";
import { FieldError } from "@/app/_components/form/fields";
import { fieldErrors, type FormState, submitted, submittedList } from "@/app/_components/form/form-state";
import { inputClass } from "@/app/_components/form/styles";
import { dayInputValue } from "@/domain/format/date";
import { CHAIN_BASE_LABELS, PARAM_LABELS } from "./target-params";
import { TARGET_KINDS, type TargetKind } from "@/domain/targets/definitions";
import { KIND_UNITS } from "@/domain/targets/measures";
import { TARGET_KIND_LABELS } from "@/domain/targets/labels";

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
  { v: "GT", l: "trên (>)" },
  { v: "GTE", l: "ít nhất (≥)" },
  { v: "LT", l: "dưới (<)" },
  { v: "LTE", l: "tối đa (≤)" },
];

export function TargetVersionForm({ d }: { d: TargetVersionDefaults }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setTarget, null);
  const isNew = d.kind === null;
  const [chosenKind, setChosenKind] = useState<TargetKind>(
    (submitted(state, "kind") as TargetKind | undefined) ?? d.kind ?? "HTX_COUNT",
  );
  const kind = d.kind ?? chosenKind;
  const unit = isNew ? KIND_UNITS[kind] : d.unit;
  const id = (n: string) => `${d.code || "moi"}-${n}`;
  const invalid = (n: string) => (fieldErrors(state, n)?.length ? true : undefined);
  const usesOrgTypes = kind.startsWith("ORG_") || kind === "POP_SHARE";
  const usesChainBase = kind === "HTX_VALUE_CHAIN" || kind === "ORG_CHAIN";
  const orgTypes = submittedList(state, "orgTypes") ?? d.orgTypes ?? [];
  return (
    <form
      noValidate
      action={action}
      className="mt-2 space-y-3"
      aria-label={isNew ? "Chỉ tiêu mới của chương trình" : `Phiên bản mới của chỉ tiêu ${d.title}`}
    >
      <FormMessage
        state={state}
        success={
          isNew
            ? "Đã thêm chỉ tiêu; tổng quan của chương trình so số liệu với chỉ tiêu này từ ngày hiệu lực."
            : "Đã lưu phiên bản mới; số liệu từ ngày hiệu lực dùng định nghĩa này."
        }
      />
      <input type="hidden" name="programme" value={d.programme} />
      <input type="hidden" name="unit" value={unit} />
      {!isNew && <input type="hidden" name="code" value={d.code} />}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {isNew && (
          <>
            <label className="flex flex-col text-sm">
              <span className="font-semibold">Mã chỉ tiêu</span>
              <input
                name="code"
                placeholder="VD: HTX_COUNT_2030"
                defaultValue={submitted(state, "code") ?? ""}
                aria-invalid={invalid("code")}
                aria-describedby={id("code-e")}
                className={inputClass}
              />
              <FieldError id={id("code-e")} state={state} name="code" />
            </label>
            <label className="flex flex-col text-sm lg:col-span-3">
              <span className="font-semibold">Loại chỉ tiêu (cách tính)</span>
              <select
                name="kind"
                value={chosenKind}
                onChange={(e) => setChosenKind(e.target.value as TargetKind)}
                aria-invalid={invalid("kind")}
                aria-describedby={id("kind-e")}
                className={inputClass}
              >
                {TARGET_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {TARGET_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
              <FieldError id={id("kind-e")} state={state} name="kind" />
            </label>
          </>
        )}
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
          <span className="font-semibold">Ngưỡng {unit === "PERCENT" ? "(%)" : "(số lượng)"}</span>
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
        {usesChainBase && (
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
        {pending ? "Đang lưu…" : isNew ? "Thêm chỉ tiêu" : "Lưu phiên bản mới"}
      </button>
    </form>
  );
}
