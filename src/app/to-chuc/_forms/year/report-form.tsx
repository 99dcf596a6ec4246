"use client";
import type { YearDossier } from "@/server/dossier/get-year-dossier";
import { saveAnnualReport } from "@/server/dossier/report/save-annual-report.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { NumberField, SelectField, TextField } from "@/app/_components/form/fields";
import type { YearIds } from "./ids";

type Report = NonNullable<YearDossier["report"]>;

/** The figures of the yearly report, in the order of the paper form. */
const FIGURES: { name: keyof Report; label: string; hint?: string; signed?: boolean }[] = [
  { name: "memberCount", label: "Số thành viên" },
  { name: "officialMemberCount", label: "Trong đó chính thức" },
  { name: "employeeCount", label: "Số lao động" },
  { name: "charterCapital", label: "Vốn điều lệ (đồng)", hint: "Ví dụ: 1.500.000.000" },
  { name: "totalAssets", label: "Tổng tài sản (đồng)" },
  { name: "revenue", label: "Doanh thu (đồng)" },
  // a loss is typed with a minus sign, which the numeric keyboard lacks
  { name: "profit", label: "Lợi nhuận (đồng, lỗ ghi dấu -)", signed: true },
  { name: "avgMemberIncome", label: "Thu nhập bình quân thành viên (đồng/năm)" },
];

export function ReportForm({ ids, report, isTht }: { ids: YearIds; report: YearDossier["report"]; isTht: boolean }) {
  const form = useActionForm(saveAnnualReport);
  const effective = report?.effective === true ? "yes" : report?.effective === false ? "no" : "";
  return (
    <ActionForm
      form={form}
      formId="bc"
      title={`Báo cáo năm ${ids.year}`}
      titleId="bao-cao-nam"
      success="Đã lưu báo cáo năm."
      hidden={{ ...ids, version: report?.version ?? "" }}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        {FIGURES.map(({ name, label, hint, signed }) => {
          const Field = signed ? TextField : NumberField;
          const value = report?.[name];
          return <Field key={name} name={name} label={label} hint={hint} defaultValue={value as string | number} />;
        })}
        <SelectField
          name="effective"
          label={isTht ? "Tổ hợp tác hoạt động hiệu quả" : "Đánh giá hoạt động hiệu quả"}
          defaultValue={effective}
          options={[
            ["", "Chưa đánh giá"],
            ["yes", "Có"],
            ["no", "Không"],
          ]}
        />
      </div>
      <SubmitButton label="Lưu báo cáo năm" />
    </ActionForm>
  );
}
