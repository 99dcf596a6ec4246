"use client";
import { updateReport } from "@/server/reports/update-report.action";
import { ActionForm, FormMessage, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { TextAreaField, TextField } from "@/app/_components/form/fields";
import { FormalFields, type FormalValues } from "../../_components/formal-fields";

type Props = FormalValues & {
  id: number;
  version: number;
  title: string;
  results: string;
  limitations: string;
  tasksAhead: string;
};

const SECTIONS = [
  { name: "results", label: "I. Kết quả thực hiện" },
  { name: "limitations", label: "II. Hạn chế, nguyên nhân" },
  { name: "tasksAhead", label: "III. Nhiệm vụ, giải pháp thời gian tới" },
] as const;

/** The author's part of a draft: title, formal parts and the three narrative sections (Markdown). */
export function NarrativeForm(props: Props) {
  const form = useActionForm(updateReport);
  return (
    <ActionForm
      form={form}
      formId=""
      title="Soạn nội dung báo cáo"
      titleId="soan-thao"
      showMessage={false}
      hidden={{ id: props.id, version: props.version }}
    >
      <p className="text-sm text-slate-700">
        Viết bằng Markdown đơn giản: dòng trống để tách đoạn, <code>- </code> hoặc <code>1. </code> đầu dòng cho danh
        sách, <code>**đậm**</code>, <code>*nghiêng*</code>, <code># </code> cho tiêu đề nhỏ. Không dùng được HTML.
      </p>
      <FormMessage success="Đã lưu dự thảo." />
      <TextField name="title" label="Tên báo cáo" defaultValue={props.title} />
      <FormalFields values={props} />
      {SECTIONS.map((s) => (
        <TextAreaField
          key={s.name}
          name={s.name}
          label={s.label}
          rows={8}
          defaultValue={props[s.name]}
          inputClassName="font-mono text-sm"
        />
      ))}
      <SubmitButton label="Lưu dự thảo" />
    </ActionForm>
  );
}
