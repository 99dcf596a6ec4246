"use client";
// The closing rule: two choices, and the day and month a closing date falls on.
import { useActionState } from "react";
import { setClosingRule } from "@/server/settings/set-closing-rule.action";
import { CLOSING_RULE_LABELS, DEFAULT_CLOSING_DAY, type ClosingRule } from "@/domain/targets/closing";
import { FormMessage } from "@/app/_components/form/action-form";
import { FieldError } from "@/app/_components/form/fields";
import { fieldErrors, type FormState, submitted } from "@/app/_components/form/form-state";
import { buttonClass, inputClass } from "@/app/_components/form/styles";

export function ClosingRuleForm({ rule }: { rule: ClosingRule }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setClosingRule, null);
  const kind = submitted(state, "kind") ?? rule.kind;
  const day = rule.kind === "CLOSING_DATE" ? rule.day : DEFAULT_CLOSING_DAY.day;
  const month = rule.kind === "CLOSING_DATE" ? rule.month : DEFAULT_CLOSING_DAY.month;
  const invalid = (n: string) => (fieldErrors(state, n)?.length ? true : undefined);
  return (
    <form noValidate action={action} className="space-y-3" aria-label="Quy tắc khoá sổ số liệu năm">
      <FormMessage
        state={state}
        success="Đã lưu quy tắc khoá sổ. Trang Tổng quan dùng quy tắc mới ngay từ lần mở tiếp theo."
      />
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
        <FieldError id="kind-e" state={state} name="kind" />
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <label className="flex w-28 flex-col text-sm">
          <span className="font-semibold">Ngày</span>
          <input
            name="day"
            inputMode="numeric"
            defaultValue={submitted(state, "day") ?? day}
            aria-invalid={invalid("day")}
            aria-describedby="day-e"
            className={inputClass}
          />
          <FieldError id="day-e" state={state} name="day" />
        </label>
        <label className="flex w-28 flex-col text-sm">
          <span className="font-semibold">Tháng</span>
          <input
            name="month"
            inputMode="numeric"
            defaultValue={submitted(state, "month") ?? month}
            aria-invalid={invalid("month")}
            aria-describedby="month-e"
            className={inputClass}
          />
          <FieldError id="month-e" state={state} name="month" />
        </label>
      </div>
      <p className="text-xs text-slate-600">Ngày và tháng chỉ dùng khi chọn khoá sổ vào một ngày cố định.</p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang lưu…" : "Lưu quy tắc khoá sổ"}
      </button>
    </form>
  );
}
