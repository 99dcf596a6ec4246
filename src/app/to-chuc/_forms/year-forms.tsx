"use client";
import { useActionState, useState } from "react";
import {
  APPROVAL_STATUS_LABEL,
  DIGITAL_PRACTICE_LABELS,
  NOT_RATED_REASON_LABELS,
  POLICY_AREAS,
  RATING_LEVEL_LABELS,
  RATING_SCHEME_LABELS,
} from "@/domain/labels";
import type { YearDossier } from "@/server/entry/get-year-dossier";
import { saveAnnualReport } from "@/server/entry/report/save-annual-report.action";
import { saveRating } from "@/server/entry/rating/save-rating.action";
import { saveDigitalPractice } from "@/server/entry/digital/save-digital-practice.action";
import { deleteDigitalPractice } from "@/server/entry/digital/delete-digital-practice.action";
import { saveSupport } from "@/server/entry/support/save-support.action";
import { deleteSupport } from "@/server/entry/support/delete-support.action";
import { submitReport } from "@/server/entry/approval/submit-report.action";
import { approveReport } from "@/server/entry/approval/approve-report.action";
import { returnReport } from "@/server/entry/approval/return-report.action";
import { reopenReport } from "@/server/entry/approval/reopen-report.action";
import {
  buttonClass,
  dangerButtonClass,
  FormMessage,
  optionsOf,
  refill,
  secondaryButtonClass,
  SelectField,
  TextAreaField,
  TextField,
  type FormState,
} from "@/app/_components/entry/form-parts";

type Ids = { organisationId: number; year: number };
const box = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";

export function ReportForm({ ids, report, isTht }: { ids: Ids; report: YearDossier["report"]; isTht: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveAnnualReport, null);
  const f = "bc";
  const effective = report?.effective === true ? "yes" : report?.effective === false ? "no" : "";
  return (
    <form action={action} className={box} aria-labelledby="bao-cao-nam">
      <h2 id="bao-cao-nam" className="text-lg font-semibold">
        Báo cáo năm {ids.year}
      </h2>
      <FormMessage state={state} success="Đã lưu báo cáo năm." />
      <input type="hidden" name="organisationId" value={ids.organisationId} />
      <input type="hidden" name="year" value={ids.year} />
      <input type="hidden" name="version" value={report?.version ?? ""} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          state={state}
          formId={f}
          name="memberCount"
          label="Số thành viên"
          inputMode="numeric"
          defaultValue={report?.memberCount}
        />
        <TextField
          state={state}
          formId={f}
          name="officialMemberCount"
          label="Trong đó chính thức"
          inputMode="numeric"
          defaultValue={report?.officialMemberCount}
        />
        <TextField
          state={state}
          formId={f}
          name="employeeCount"
          label="Số lao động"
          inputMode="numeric"
          defaultValue={report?.employeeCount}
        />
        <TextField
          state={state}
          formId={f}
          name="charterCapital"
          label="Vốn điều lệ (đồng)"
          inputMode="numeric"
          defaultValue={report?.charterCapital}
          hint="Ví dụ: 1.500.000.000"
        />
        <TextField
          state={state}
          formId={f}
          name="totalAssets"
          label="Tổng tài sản (đồng)"
          inputMode="numeric"
          defaultValue={report?.totalAssets}
        />
        <TextField
          state={state}
          formId={f}
          name="revenue"
          label="Doanh thu (đồng)"
          inputMode="numeric"
          defaultValue={report?.revenue}
        />
        <TextField
          state={state}
          formId={f}
          name="profit"
          label="Lợi nhuận (đồng, lỗ ghi dấu -)"
          defaultValue={report?.profit}
        />
        <TextField
          state={state}
          formId={f}
          name="avgMemberIncome"
          label="Thu nhập bình quân thành viên (đồng/năm)"
          inputMode="numeric"
          defaultValue={report?.avgMemberIncome}
        />
        <SelectField
          state={state}
          formId={f}
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
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang lưu…" : "Lưu báo cáo năm"}
      </button>
    </form>
  );
}

export function RatingForm({
  ids,
  rating,
  defaultScheme,
}: {
  ids: Ids;
  rating: YearDossier["rating"];
  defaultScheme: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveRating, null);
  const initialMode = refill(state, "mode", rating && !rating.score && rating.notRatedReason ? "NOT_RATED" : "SCORED");
  const [mode, setMode] = useState(initialMode);
  const f = "xl";
  const result = state?.ok ? (state.data as { level: keyof typeof RATING_LEVEL_LABELS | null }) : null;
  return (
    <form action={action} className={box} aria-labelledby="xep-loai">
      <h2 id="xep-loai" className="text-lg font-semibold">
        Xếp loại năm {ids.year}
      </h2>
      <FormMessage
        state={state}
        success={
          result &&
          (result.level ? `Đã lưu: xếp loại ${RATING_LEVEL_LABELS[result.level]}.` : "Đã lưu: không xếp loại.")
        }
      />
      {rating?.level && (
        <p className="text-sm">
          Xếp loại đã lưu: <strong>{RATING_LEVEL_LABELS[rating.level]}</strong> ({rating.score} điểm)
        </p>
      )}
      <input type="hidden" name="organisationId" value={ids.organisationId} />
      <input type="hidden" name="year" value={ids.year} />
      <input type="hidden" name="version" value={rating?.version ?? ""} />
      <fieldset className="text-sm">
        <legend className="font-semibold">Kết quả</legend>
        <label className="mr-4 inline-flex items-center gap-2">
          <input
            type="radio"
            name="mode"
            value="SCORED"
            checked={mode === "SCORED"}
            onChange={() => setMode("SCORED")}
          />
          Có điểm đánh giá
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="radio"
            name="mode"
            value="NOT_RATED"
            checked={mode === "NOT_RATED"}
            onChange={() => setMode("NOT_RATED")}
          />
          Không xếp loại
        </label>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          state={state}
          formId={f}
          name="scheme"
          label="Bộ tiêu chí"
          defaultValue={rating?.scheme ?? defaultScheme}
          options={optionsOf(RATING_SCHEME_LABELS)}
        />
        {mode === "SCORED" ? (
          <TextField
            state={state}
            formId={f}
            name="score"
            label="Điểm (0–100)"
            inputMode="decimal"
            defaultValue={rating?.score}
            hint="Xếp loại được tính theo ngưỡng điểm đang áp dụng vào cuối năm"
          />
        ) : (
          <SelectField
            state={state}
            formId={f}
            name="notRatedReason"
            label="Lý do không xếp loại"
            defaultValue={rating?.notRatedReason}
            options={optionsOf(NOT_RATED_REASON_LABELS, "— Chọn lý do —")}
          />
        )}
        <TextAreaField
          state={state}
          formId={f}
          name="note"
          label="Ghi chú"
          defaultValue={rating?.note}
          className="sm:col-span-2"
        />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang lưu…" : "Lưu xếp loại"}
      </button>
    </form>
  );
}

function DeleteButton({
  action: serverAction,
  id,
  version,
  label,
}: {
  action: typeof deleteSupport | typeof deleteDigitalPractice;
  id: number;
  version: number;
  label: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={dangerButtonClass} aria-label={label}>
        Xoá
      </button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}

export function DigitalSection({ ids, items }: { ids: Ids; items: YearDossier["digital"] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveDigitalPractice, null);
  return (
    <section className={box} aria-labelledby="chuyen-doi-so">
      <h2 id="chuyen-doi-so" className="text-lg font-semibold">
        Chuyển đổi số năm {ids.year}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Chưa ghi nhận.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {items.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-2">
              <span>
                {DIGITAL_PRACTICE_LABELS[d.practice]}
                {d.note ? ` — ${d.note}` : ""}
              </span>
              <DeleteButton
                action={deleteDigitalPractice}
                id={d.id}
                version={d.version}
                label={`Xoá ${DIGITAL_PRACTICE_LABELS[d.practice]}`}
              />
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="grid gap-3 sm:grid-cols-3">
        <FormMessage state={state} success="Đã ghi nhận." />
        <input type="hidden" name="organisationId" value={ids.organisationId} />
        <input type="hidden" name="year" value={ids.year} />
        <SelectField
          state={state}
          formId="cds"
          name="practice"
          label="Hình thức"
          options={optionsOf(DIGITAL_PRACTICE_LABELS)}
        />
        <TextField state={state} formId="cds" name="note" label="Ghi chú" />
        <div className="flex items-end">
          <button type="submit" disabled={pending} className={secondaryButtonClass}>
            Thêm hình thức
          </button>
        </div>
      </form>
    </section>
  );
}

const POLICY_OPTIONS = Object.entries(POLICY_AREAS).map(([k, v]) => [k, `${v.number}. ${v.label}`] as const);

function SupportForm({ ids, item }: { ids: Ids; item?: YearDossier["supports"][number] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveSupport, null);
  const f = item ? `ht-${item.id}` : "ht-moi";
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-4">
      <div className="sm:col-span-4">
        <FormMessage state={state} success={item ? "Đã lưu." : "Đã ghi nhận hỗ trợ."} />
      </div>
      <input type="hidden" name="organisationId" value={ids.organisationId} />
      <input type="hidden" name="year" value={ids.year} />
      {item && <input type="hidden" name="id" value={item.id} />}
      {item && <input type="hidden" name="version" value={item.version} />}
      <SelectField
        state={state}
        formId={f}
        name="policyArea"
        label="Chính sách"
        defaultValue={item?.policyArea}
        options={POLICY_OPTIONS}
      />
      <TextField
        state={state}
        formId={f}
        name="amount"
        label="Số tiền (đồng)"
        inputMode="numeric"
        defaultValue={item?.amount}
      />
      <TextField state={state} formId={f} name="note" label="Ghi chú" defaultValue={item?.note} />
      <div className="flex items-end">
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {item ? "Lưu" : "Thêm hỗ trợ"}
        </button>
      </div>
    </form>
  );
}

export function SupportSection({ ids, items }: { ids: Ids; items: YearDossier["supports"] }) {
  return (
    <section className={box} aria-labelledby="ho-tro">
      <h2 id="ho-tro" className="text-lg font-semibold">
        Hỗ trợ đã nhận năm {ids.year}
      </h2>
      {items.length === 0 && <p className="text-sm text-slate-600">Chưa ghi nhận.</p>}
      {items.map((s) => (
        <details key={s.id} className="rounded border border-slate-200 p-2 text-sm">
          <summary className="cursor-pointer">
            {POLICY_AREAS[s.policyArea].label}: {s.amount} đồng{s.note ? ` — ${s.note}` : ""}
          </summary>
          <div className="mt-2 space-y-2">
            <SupportForm ids={ids} item={s} />
            <DeleteButton
              action={deleteSupport}
              id={s.id}
              version={s.version}
              label={`Xoá hỗ trợ ${POLICY_AREAS[s.policyArea].label}`}
            />
          </div>
        </details>
      ))}
      <SupportForm ids={ids} />
    </section>
  );
}

type ApprovalProps = {
  ids: Ids;
  report: YearDossier["report"];
  canApprove: boolean;
};

function TransitionForm({
  serverAction,
  ids,
  version,
  label,
  withComment,
  commentLabel,
  extra,
  danger,
}: {
  serverAction: typeof submitReport;
  ids: Ids;
  version: number;
  label: string;
  withComment?: "required" | "optional";
  commentLabel?: string;
  extra?: React.ReactNode;
  danger?: boolean;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, null);
  return (
    <form action={action} className="space-y-2 rounded border border-slate-200 p-3">
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="organisationId" value={ids.organisationId} />
      <input type="hidden" name="year" value={ids.year} />
      <input type="hidden" name="version" value={version} />
      {withComment && (
        <TextAreaField
          state={state}
          formId={`duyet-${label}`}
          name="comment"
          label={commentLabel ?? "Ý kiến"}
          required={withComment === "required"}
        />
      )}
      {extra}
      <button type="submit" disabled={pending} className={danger ? dangerButtonClass : buttonClass}>
        {pending ? "Đang xử lý…" : label}
      </button>
    </form>
  );
}

export function ApprovalPanel({ ids, report, canApprove }: ApprovalProps) {
  if (!report) {
    return (
      <p className="text-sm text-slate-700" data-testid="approval-status">
        Tình trạng duyệt: <strong>Chưa có báo cáo</strong> — hãy nhập báo cáo năm rồi gửi duyệt.
      </p>
    );
  }
  const s = report.approvalStatus;
  return (
    <div className="space-y-3">
      <p className="text-sm" data-testid="approval-status">
        Tình trạng duyệt: <strong>{APPROVAL_STATUS_LABEL[s]}</strong>
        {report.reviewComment ? ` — Ý kiến: ${report.reviewComment}` : ""}
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        {(s === "DRAFT" || s === "RETURNED") && (
          <TransitionForm serverAction={submitReport} ids={ids} version={report.version} label="Gửi duyệt" />
        )}
        {canApprove && s === "SUBMITTED" && (
          <>
            <TransitionForm
              serverAction={approveReport}
              ids={ids}
              version={report.version}
              label="Duyệt"
              withComment="optional"
            />
            <TransitionForm
              serverAction={returnReport}
              ids={ids}
              version={report.version}
              label="Trả lại"
              withComment="required"
              commentLabel="Lý do trả lại"
              danger
            />
          </>
        )}
        {canApprove && s === "APPROVED" && (
          <TransitionForm
            serverAction={reopenReport}
            ids={ids}
            version={report.version}
            label="Mở lại để sửa"
            withComment="required"
            commentLabel="Lý do mở lại"
            danger
            extra={
              <label className="flex flex-col text-sm">
                <span className="font-semibold">Sau khi mở lại</span>
                <select name="to" defaultValue="RETURNED" className="mt-1 rounded border border-slate-300 p-2">
                  <option value="RETURNED">Trả lại cho xã</option>
                  <option value="DRAFT">Về nháp</option>
                </select>
              </label>
            }
          />
        )}
      </div>
    </div>
  );
}
