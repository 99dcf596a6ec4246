"use client";
import { setReportLetterhead } from "@/server/settings/set-report-letterhead.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import type { Letterhead } from "@/domain/reports/letterhead";
import { FormalFields } from "@/app/bao-cao/_components/formal-fields";

/** The letterhead every new report starts from (administrators). */
export function LetterheadForm({ letterhead }: { letterhead: Letterhead }) {
  const form = useActionForm(setReportLetterhead);
  return (
    <ActionForm
      form={form}
      formId=""
      title="Cơ quan ban hành và người ký mặc định"
      titleId="the-thuc"
      success="Đã lưu. Báo cáo lập từ nay dùng thể thức mới; báo cáo đã lập giữ nguyên."
    >
      <FormalFields values={letterhead} setting />
      <SubmitButton label="Lưu thể thức báo cáo" />
    </ActionForm>
  );
}
