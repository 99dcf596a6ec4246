"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { createReport } from "@/server/reports/create-report.action";
import {
  PERIOD_TYPE_LABELS,
  PERIOD_TYPES,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  type DefaultPeriod,
  type PeriodType,
} from "@/domain/reports/period";
import type { Letterhead } from "@/domain/reports/letterhead";
import { FormalFields } from "../_components/formal-fields";
import { ActionForm, useActionForm } from "@/app/_components/form/action-form";
import { DateField, FieldError, SelectField, TextField } from "@/app/_components/form/fields";
import { fieldErrors, submitted } from "@/app/_components/form/form-state";
import { buttonClass, inputClass } from "@/app/_components/form/styles";

/** Current units first, dissolved ones (`former`) after them and marked. */
type Commune = { id: number; label: string; former: boolean };

type Props = {
  years: number[];
  communes: Commune[];
  /** The programmes a report can be judged against; the default one preselected. */
  programmes: { code: string; label: string; isDefault: boolean }[];
  today: string;
  /** The period most likely meant today (defaultPeriod), preselected. */
  initial: DefaultPeriod;
  letterhead: Letterhead;
  /** "/BC-STC": the code of the letterhead, the number is given at signing. */
  documentNumber: string;
};

export function CreateReportForm({ years, communes, programmes, today, initial, letterhead, documentNumber }: Props) {
  const form = useActionForm<{ id: number }>(createReport);
  const state = form.state;
  const router = useRouter();
  const [periodType, setPeriodType] = useState<PeriodType>(
    (submitted(state, "periodType") as PeriodType) ?? initial.periodType,
  );
  const invalid = (name: string) => (fieldErrors(state, name)?.length ? true : undefined);
  const created = form.data;
  useEffect(() => {
    if (created) router.push(`/bao-cao/${created.id}`);
  }, [created, router]);
  const checkedCommunes = state && !state.ok ? [state.values?.communeIds ?? []].flat() : [];

  return (
    <ActionForm
      form={form}
      formId=""
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      title="Thông tin báo cáo"
      titleId="lap-bao-cao"
      success="Đã lập báo cáo, đang mở…"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {programmes.length > 1 && (
          <SelectField
            name="programme"
            label="Chương trình (chỉ tiêu dùng để đánh giá)"
            defaultValue={programmes.find((p) => p.isDefault)?.code ?? programmes[0].code}
            options={programmes.map((p) => [p.code, p.label] as const)}
          />
        )}
        <SelectField
          name="kind"
          label="Loại báo cáo"
          defaultValue={initial.kind}
          options={REPORT_KINDS.map((k) => [k, REPORT_KIND_LABELS[k]] as const)}
        />
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
          <FieldError id="periodType-error" name="periodType" />
        </label>
        {periodType !== "AS_OF" && (
          <SelectField
            name="year"
            label="Năm"
            defaultValue={String(initial.year)}
            options={years.map((y) => [String(y), String(y)] as const)}
          />
        )}
        {periodType === "QUARTER" && (
          <SelectField
            name="quarter"
            label="Quý"
            defaultValue={initial.periodType === "QUARTER" ? String(initial.periodNo) : "1"}
            options={["I", "II", "III", "IV"].map((q, i) => [String(i + 1), `Quý ${q}`] as const)}
          />
        )}
        {periodType === "HALF" && (
          <SelectField
            name="half"
            label="6 tháng"
            defaultValue={initial.periodType === "HALF" ? String(initial.periodNo) : "1"}
            options={[
              ["1", "6 tháng đầu năm"],
              ["2", "6 tháng cuối năm"],
            ]}
          />
        )}
        {periodType === "AS_OF" && <DateField name="asOf" label="Tính đến ngày" defaultValue={today} />}
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
        {[
          { title: "Đơn vị hiện nay", list: communes.filter((c) => !c.former) },
          {
            title: "Đơn vị cũ (trước 01/07/2025): số liệu các năm trước khi sáp nhập",
            list: communes.filter((c) => c.former),
          },
        ]
          .filter((g) => g.list.length > 0)
          .map((g) => (
            <div key={g.title} className="mt-2">
              <p className="text-xs font-semibold text-slate-700">{g.title}</p>
              <div className="mt-1 grid max-h-48 gap-1 overflow-y-auto rounded border border-slate-200 p-2 sm:grid-cols-3">
                {g.list.map((c) => (
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
            </div>
          ))}
        <FieldError id="communeIds-error" name="communeIds" />
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

      <TextField name="title" label="Tên báo cáo (để trống: tên mặc định theo loại và kỳ)" />
      <FormalFields values={{ ...letterhead, documentNumber }} />
      <button type="submit" disabled={form.pending || !!created} className={buttonClass}>
        {form.pending ? "Đang chốt số liệu…" : "Lập báo cáo và chốt số liệu"}
      </button>
    </ActionForm>
  );
}
