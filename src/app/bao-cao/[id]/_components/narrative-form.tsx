"use client";
import { useActionState } from "react";
import { updateReport } from "@/server/reports/update-report.action";
import {
  FieldError,
  fieldErrors,
  FormMessage,
  inputClass,
  submitted,
  type FormState,
} from "@/app/_components/entry/form-parts";

type Props = {
  id: number;
  version: number;
  title: string;
  issuingBody: string;
  place: string;
  results: string;
  limitations: string;
  tasksAhead: string;
};

const SECTIONS = [
  { name: "results", label: "I. Kết quả thực hiện" },
  { name: "limitations", label: "II. Hạn chế, nguyên nhân" },
  { name: "tasksAhead", label: "III. Nhiệm vụ, giải pháp thời gian tới" },
] as const;

/** The author's part of a draft: title block and the three narrative sections (Markdown). */
export function NarrativeForm(props: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateReport, null);
  const invalid = (name: string) => (fieldErrors(state, name)?.length ? true : undefined);
  const value = (name: keyof Props) => submitted(state, name) ?? String(props[name]);
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="soan-thao"
    >
      <h2 id="soan-thao" className="text-lg font-semibold">
        Soạn nội dung báo cáo
      </h2>
      <p className="text-sm text-slate-700">
        Viết bằng Markdown đơn giản: dòng trống để tách đoạn, <code>- </code> hoặc <code>1. </code> đầu dòng cho danh
        sách, <code>**đậm**</code>, <code>*nghiêng*</code>, <code># </code> cho tiêu đề nhỏ. Không dùng được HTML.
      </p>
      <FormMessage state={state} success="Đã lưu dự thảo." />
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col text-sm sm:col-span-2">
          <span className="font-semibold">Tên báo cáo</span>
          <input
            name="title"
            defaultValue={value("title")}
            aria-invalid={invalid("title")}
            aria-describedby="title-error"
            className={inputClass}
          />
          <FieldError id="title-error" state={state} name="title" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Cơ quan ban hành (mỗi cấp một dòng)</span>
          <textarea
            name="issuingBody"
            rows={2}
            defaultValue={value("issuingBody")}
            aria-invalid={invalid("issuingBody")}
            aria-describedby="issuingBody-error"
            className={inputClass}
          />
          <FieldError id="issuingBody-error" state={state} name="issuingBody" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Địa danh ghi ở dòng ngày tháng</span>
          <input
            name="place"
            defaultValue={value("place")}
            aria-invalid={invalid("place")}
            aria-describedby="place-error"
            className={inputClass}
          />
          <FieldError id="place-error" state={state} name="place" />
        </label>
      </div>
      {SECTIONS.map((s) => (
        <label key={s.name} className="flex flex-col text-sm">
          <span className="font-semibold">{s.label}</span>
          <textarea
            name={s.name}
            rows={8}
            defaultValue={value(s.name)}
            aria-invalid={invalid(s.name)}
            aria-describedby={`${s.name}-error`}
            className={`${inputClass} font-mono text-sm`}
          />
          <FieldError id={`${s.name}-error`} state={state} name={s.name} />
        </label>
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang lưu…" : "Lưu dự thảo"}
      </button>
    </form>
  );
}
