"use client";
import type { YearDossier } from "@/server/dossier/get-year-dossier";
import { saveAnnualReport } from "@/server/dossier/report/save-annual-report.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { NumberField, SelectField, TextField } from "@/app/_components/form/fields";
import type { YearIds } from "./ids";
import { formatInteger } from "@/domain/format/number";
import { formatDate } from "@/domain/format/date";

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

/** What the member register says beside "Số thành viên": the count it holds (the field's
 *  default when nothing was reported), and a flag when the reported figure differs. */
function registerHint(register: Register, reported: number | null | undefined) {
  if (!register) return undefined;
  const counted = `Sổ thành viên: ${formatInteger(register.count)} thành viên tại ${formatDate(register.asOf)}`;
  if (reported === null || reported === undefined || reported === register.count) return `${counted}.`;
  return (
    <span className="font-semibold text-amber-800" data-testid="member-mismatch">
      ⚠ Khác sổ thành viên: {counted}. Sửa số báo cáo hoặc cập nhật sổ.
    </span>
  );
}

type Register = { count: number; asOf: string } | null;

export function ReportForm({
  ids,
  report,
  isTht,
  register,
}: {
  ids: YearIds;
  report: YearDossier["report"];
  isTht: boolean;
  /** The member register's count at the year's count date; null without a register. */
  register: Register;
}) {
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
          if (name === "memberCount") {
            // the register already holds the count: offered, not retyped
            const reported = report?.memberCount;
            return (
              <Field
                key={name}
                name={name}
                label={label}
                hint={registerHint(register, reported)}
                defaultValue={reported ?? register?.count}
              />
            );
          }
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
