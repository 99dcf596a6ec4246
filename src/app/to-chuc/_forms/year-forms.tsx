"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import {
  APPROVAL_STATUS_LABEL,
  DIGITAL_PRACTICE_LABELS,
  NOT_RATED_REASON_LABELS,
  POLICY_AREAS,
  RATING_LEVEL_LABELS,
  RATING_SCHEME_LABELS,
} from "@/domain/labels";
import type { YearDossier } from "@/server/dossier/get-year-dossier";
import { saveAnnualReport } from "@/server/dossier/report/save-annual-report.action";
import { saveRating } from "@/server/dossier/rating/save-rating.action";
import { saveDigitalPractice } from "@/server/dossier/digital/save-digital-practice.action";
import { deleteDigitalPractice } from "@/server/dossier/digital/delete-digital-practice.action";
import { saveSupport } from "@/server/dossier/support/save-support.action";
import { deleteSupport } from "@/server/dossier/support/delete-support.action";
import { submitReport } from "@/server/approval/submit-report.action";
import { reopenReport } from "@/server/approval/reopen-report.action";
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
import { ConfirmSubmit } from "@/app/_components/entry/confirm-dialog";
import { SubmissionLockNote } from "@/app/_components/entry/submission-lock";
import type { LockInfo } from "@/server/approval/organisation-approval";
import type { ChecklistItem } from "@/domain/approval/submission-flags";

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
  organisationName: string;
  report: YearDossier["report"];
  lock: LockInfo | null;
  canApprove: boolean;
  checklist: ChecklistItem[];
};

function ReopenForm({ ids, version }: { ids: Ids; version: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(reopenReport, null);
  return (
    <form action={action} className="space-y-2 rounded border border-slate-200 p-3">
      <FormMessage state={state} success="Đã mở lại hồ sơ: số liệu năm này lại sửa được." />
      <input type="hidden" name="organisationId" value={ids.organisationId} />
      <input type="hidden" name="year" value={ids.year} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField state={state} formId="mo-lai" name="comment" label="Lý do mở lại" required />
      <label className="flex flex-col text-sm">
        <span className="font-semibold">Sau khi mở lại</span>
        <select name="to" defaultValue="RETURNED" className="mt-1 rounded border border-slate-300 p-2">
          <option value="RETURNED">Trả lại cho xã</option>
          <option value="DRAFT">Về nháp</option>
        </select>
      </label>
      <ConfirmSubmit
        label="Mở lại để sửa"
        title={`Mở lại hồ sơ năm ${ids.year}?`}
        confirmLabel="Mở lại"
        pending={pending}
        className={dangerButtonClass}
        confirmClassName={dangerButtonClass}
      >
        <p>
          Số liệu năm {ids.year} sẽ sửa được trở lại. Các số liệu đã duyệt vẫn được tính vào chỉ tiêu; thay đổi mới của
          xã phải được gửi và duyệt lại.
        </p>
      </ConfirmSubmit>
    </form>
  );
}

/** Where the year's dossier stands, and what can be done with it: send it (with the
 *  checklist of what is missing, warnings only), withdraw it, open it for review, reopen
 *  an approved year. Holds the send action's state so its message outlives the refresh. */
export function ApprovalPanel({ ids, organisationName, report, lock, canApprove, checklist }: ApprovalProps) {
  const [sent, send, sending] = useActionState<FormState, FormData>(submitReport, null);
  const s = report?.approvalStatus ?? null;
  const missing = checklist.filter((i) => !i.done).length;
  return (
    <div className="space-y-3">
      <p className="text-sm" data-testid="approval-status">
        Tình trạng duyệt: <strong>{s ? APPROVAL_STATUS_LABEL[s] : "Chưa có hồ sơ (chưa gửi)"}</strong>
      </p>
      {s === "RETURNED" && report?.reviewComment && (
        <p role="note" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          Huyện trả lại hồ sơ với ý kiến: <strong>{report.reviewComment}</strong>. Sửa theo ý kiến rồi gửi duyệt lại.
        </p>
      )}
      {sent?.ok && (
        <FormMessage
          state={sent}
          success={`Đã gửi duyệt hồ sơ năm ${ids.year} của ${organisationName}. Huyện sẽ xem và duyệt; trong lúc chờ, hồ sơ bị khoá.`}
        />
      )}
      <SubmissionLockNote
        lock={lock}
        scope="các biểu mẫu của năm này và sổ đăng ký của tổ chức (thông tin, thành viên, liên kết, công nghệ cao)"
        canWithdraw
      />
      {canApprove && s === "SUBMITTED" && (
        <p className="text-sm">
          <Link
            href={`/duyet-so-lieu/${ids.organisationId}/${ids.year}`}
            className="font-semibold text-brand-800 underline"
          >
            Mở trang duyệt hồ sơ (xem toàn bộ thay đổi so với năm trước)
          </Link>
        </p>
      )}
      {(s === null || s === "DRAFT" || s === "RETURNED") && (
        <form action={send} className="space-y-3 rounded border border-slate-200 p-3" aria-labelledby="truoc-khi-gui">
          {sent && !sent.ok && <FormMessage state={sent} />}
          <input type="hidden" name="organisationId" value={ids.organisationId} />
          <input type="hidden" name="year" value={ids.year} />
          <input type="hidden" name="version" value={report?.version ?? ""} />
          <h3 id="truoc-khi-gui" className="font-semibold">
            Trước khi gửi duyệt{missing > 0 ? ` (${missing} mục cần xem lại)` : ""}
          </h3>
          <ul className="space-y-1 text-sm" data-testid="submit-checklist">
            {checklist.map((i) => (
              <li key={i.text} className="flex gap-2">
                <span aria-hidden="true" className={i.done ? "text-brand-700" : "text-amber-700"}>
                  {i.done ? "✓" : "⚠"}
                </span>
                <span>
                  <span className="sr-only">{i.done ? "Đã có: " : "Cần xem lại: "}</span>
                  {i.text}
                </span>
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-700">
            Các mục cần xem lại chỉ là cảnh báo: vẫn gửi được (ví dụ để gửi thông tin và sổ thành viên của tổ chức mới
            trước khi có báo cáo năm). Sau khi gửi, hồ sơ bị khoá cho đến khi huyện duyệt, trả lại hoặc bạn rút lại.
          </p>
          <button type="submit" disabled={sending} className={buttonClass}>
            {sending ? "Đang gửi…" : "Gửi duyệt"}
          </button>
        </form>
      )}
      {canApprove && s === "APPROVED" && report && <ReopenForm ids={ids} version={report.version} />}
    </div>
  );
}
