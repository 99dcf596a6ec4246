"use client";
import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { createReport } from "@/server/reports/create-report.action";
import {
  DEFAULT_ISSUING_BODY,
  DEFAULT_PLACE,
  PERIOD_TYPE_LABELS,
  PERIOD_TYPES,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  type PeriodType,
} from "@/domain/reports/period";
import {
  FieldError,
  fieldErrors,
  FormMessage,
  inputClass,
  submitted,
  type FormState,
} from "@/app/_components/entry/form-parts";

type Commune = { id: number; label: string };

export function CreateReportForm({ years, communes, today }: { years: number[]; communes: Commune[]; today: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createReport, null);
  const router = useRouter();
  const [periodType, setPeriodType] = useState<PeriodType>((submitted(state, "periodType") as PeriodType) ?? "QUARTER");
  const invalid = (name: string) => (fieldErrors(state, name)?.length ? true : undefined);
  const created = state?.ok ? (state.data as { id: number }) : null;
  useEffect(() => {
    if (created) router.push(`/bao-cao/${created.id}`);
  }, [created, router]);
  const checkedCommunes = state && !state.ok ? [state.values?.communeIds ?? []].flat() : [];

  return (
    <form
      action={action}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="lap-bao-cao"
    >
      <h2 id="lap-bao-cao" className="text-lg font-semibold">
        Thông tin báo cáo
      </h2>
      <FormMessage state={state} success="Đã lập báo cáo, đang mở…" />
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Loại báo cáo</span>
          <select name="kind" defaultValue={submitted(state, "kind") ?? "DINH_KY"} className={inputClass}>
            {REPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {REPORT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Kỳ báo cáo</span>
          <select
            name="periodType"
            value={periodType}
            onChange={(e) => setPeriodType(e.target.value as PeriodType)}
            aria-invalid={invalid("periodType")}
            aria-describedby="periodType-error"
            className={inputClass}
          >
            {PERIOD_TYPES.map((p) => (
              <option key={p} value={p}>
                {PERIOD_TYPE_LABELS[p]}
              </option>
            ))}
          </select>
          <FieldError id="periodType-error" state={state} name="periodType" />
        </label>
        {periodType !== "AS_OF" && (
          <label className="flex flex-col text-sm">
            <span className="font-semibold">Năm</span>
            <select name="year" defaultValue={submitted(state, "year") ?? String(years[0])} className={inputClass}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
            <FieldError id="year-error" state={state} name="year" />
          </label>
        )}
        {periodType === "QUARTER" && (
          <label className="flex flex-col text-sm">
            <span className="font-semibold">Quý</span>
            <select name="quarter" defaultValue={submitted(state, "quarter") ?? "1"} className={inputClass}>
              {["I", "II", "III", "IV"].map((q, i) => (
                <option key={q} value={i + 1}>
                  Quý {q}
                </option>
              ))}
            </select>
            <FieldError id="quarter-error" state={state} name="quarter" />
          </label>
        )}
        {periodType === "HALF" && (
          <label className="flex flex-col text-sm">
            <span className="font-semibold">6 tháng</span>
            <select name="half" defaultValue={submitted(state, "half") ?? "1"} className={inputClass}>
              <option value="1">6 tháng đầu năm</option>
              <option value="2">6 tháng cuối năm</option>
            </select>
            <FieldError id="half-error" state={state} name="half" />
          </label>
        )}
        {periodType === "AS_OF" && (
          <label className="flex flex-col text-sm">
            <span className="font-semibold">Tính đến ngày</span>
            <input
              type="date"
              name="asOf"
              max={today}
              defaultValue={submitted(state, "asOf") ?? today}
              aria-invalid={invalid("asOf")}
              aria-describedby="asOf-error"
              className={inputClass}
            />
            <FieldError id="asOf-error" state={state} name="asOf" />
          </label>
        )}
      </div>
      <p className="text-xs text-slate-600">
        Kỳ chưa kết thúc được tính đến hôm nay. Số liệu được chốt ngay khi lập báo cáo; sửa dữ liệu sau đó không làm
        thay đổi báo cáo.
      </p>

      <fieldset className="text-sm" aria-describedby="communeIds-hint">
        <legend className="font-semibold">Phạm vi</legend>
        <p id="communeIds-hint" className="text-xs text-slate-600">
          Không chọn xã nào: toàn địa bàn Chương trình.
        </p>
        <div className="mt-1 grid max-h-48 gap-1 overflow-y-auto rounded border border-slate-200 p-2 sm:grid-cols-3">
          {communes.map((c) => (
            <label key={c.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="communeIds"
                value={c.id}
                defaultChecked={checkedCommunes.includes(String(c.id))}
              />
              {c.label}
            </label>
          ))}
        </div>
        <FieldError id="communeIds-error" state={state} name="communeIds" />
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="includeUnapproved"
          value="1"
          defaultChecked={submitted(state, "includeUnapproved") === "1"}
        />
        Tính cả số liệu chưa được duyệt
      </label>

      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col text-sm sm:col-span-2">
          <span className="font-semibold">Tên báo cáo (để trống: tên mặc định theo loại và kỳ)</span>
          <input
            name="title"
            defaultValue={submitted(state, "title")}
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
            defaultValue={submitted(state, "issuingBody") ?? DEFAULT_ISSUING_BODY}
            className={inputClass}
          />
          <FieldError id="issuingBody-error" state={state} name="issuingBody" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Địa danh</span>
          <input name="place" defaultValue={submitted(state, "place") ?? DEFAULT_PLACE} className={inputClass} />
          <FieldError id="place-error" state={state} name="place" />
        </label>
      </div>
      <button
        type="submit"
        disabled={pending || !!created}
        className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang chốt số liệu…" : "Lập báo cáo và chốt số liệu"}
      </button>
    </form>
  );
}
