"use client";
// The closing rule: two choices, and the day and month a closing date falls on.
import { setClosingRule } from "@/server/settings/set-closing-rule.action";
import { CLOSING_RULE_LABELS, DEFAULT_CLOSING_DAY, type ClosingRule } from "@/domain/targets/closing";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { FieldError, NumberField } from "@/app/_components/form/fields";
import { submitted } from "@/app/_components/form/form-state";

export function ClosingRuleForm({ rule }: { rule: ClosingRule }) {
  const form = useActionForm(setClosingRule);
  const kind = submitted(form.state, "kind") ?? rule.kind;
  const day = rule.kind === "CLOSING_DATE" ? rule.day : DEFAULT_CLOSING_DAY.day;
  const month = rule.kind === "CLOSING_DATE" ? rule.month : DEFAULT_CLOSING_DAY.month;
  return (
    <ActionForm
      form={form}
      formId=""
      className="space-y-3"
      aria-label="Quy tắc khoá sổ số liệu năm"
      success="Đã lưu quy tắc khoá sổ. Trang Tổng quan dùng quy tắc mới ngay từ lần mở tiếp theo."
    >
      <fieldset className="space-y-2 text-sm">
        <legend className="font-semibold">Một năm được khoá sổ</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="kind" value="ALL_APPROVED" defaultChecked={kind === "ALL_APPROVED"} />
          <span>
            {CLOSING_RULE_LABELS.ALL_APPROVED} (mặc định): khi năm đã kết thúc và mọi hồ sơ năm của năm đó trên toàn địa
            bàn Chương trình đã được duyệt.
          </span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name="kind" value="CLOSING_DATE" defaultChecked={kind === "CLOSING_DATE"} />
          <span>{CLOSING_RULE_LABELS.CLOSING_DATE}: năm N khoá sổ vào ngày và tháng dưới đây của năm N + 1.</span>
        </label>
        <FieldError id="kind-error" name="kind" />
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <NumberField name="day" label="Ngày" defaultValue={day} className="w-28" />
        <NumberField name="month" label="Tháng" defaultValue={month} className="w-28" />
      </div>
      <p className="text-xs text-slate-600">Ngày và tháng chỉ dùng khi chọn khoá sổ vào một ngày cố định.</p>
      <SubmitButton label="Lưu quy tắc khoá sổ" />
    </ActionForm>
  );
}
