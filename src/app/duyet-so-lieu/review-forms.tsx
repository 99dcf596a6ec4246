"use client";
// The reviewer's decisions. Each asks for confirmation in a dialog and says afterwards
// what happened; the state lives in components that stay mounted when the page refreshes
// after the action, so the message survives. Approvals carry the dossier's version and the
// fingerprint of the changes shown ("seen"): a dossier changed since is refused with a
// conflict message (transition.ts).
import Link from "next/link";
import { useActionState, useState } from "react";
import { approveReport } from "@/server/approval/approve-report.action";
import { returnReport } from "@/server/approval/return-report.action";
import { approveMany } from "@/server/approval/approve-many.action";
import { approvePopulation } from "@/server/approval/approve-population.action";
import { formatInteger } from "@/domain/format/number";
import { ConfirmSubmit } from "@/app/_components/entry/confirm-dialog";
import {
  buttonClass,
  dangerButtonClass,
  FormMessage,
  secondaryButtonClass,
  TextAreaField,
  type FormState,
} from "@/app/_components/entry/form-parts";

function ConflictHelp({ state }: { state: FormState }) {
  if (!state || state.ok) return null;
  return (
    <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p>{state.error}</p>
      {/tải lại trang/i.test(state.error) && (
        <button type="button" className={secondaryButtonClass} onClick={() => window.location.reload()}>
          Tải lại trang để xem nội dung mới
        </button>
      )}
    </div>
  );
}

export type DecisionProps = {
  organisationId: number;
  organisationName: string;
  year: number;
  version: number;
  seen: string;
  status: "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";
  changeCount: number;
  flagCount: number;
};

/** Approve or return one dossier, on its page. */
export function DossierDecision(p: DecisionProps) {
  const [approved, approve, approving] = useActionState<FormState, FormData>(approveReport, null);
  const [returned, doReturn, returning] = useActionState<FormState, FormData>(returnReport, null);
  const hidden = (
    <>
      <input type="hidden" name="organisationId" value={p.organisationId} />
      <input type="hidden" name="year" value={p.year} />
      <input type="hidden" name="version" value={p.version} />
    </>
  );
  return (
    <div className="space-y-4" data-testid="dossier-decision">
      {approved?.ok && (
        <div role="status" className="space-y-1 rounded border border-brand-600 bg-brand-50 p-3 text-sm text-brand-900">
          <p className="font-semibold">
            Đã duyệt hồ sơ năm {p.year} của {p.organisationName}; số liệu đã được tính vào các chỉ tiêu.
          </p>
          <p>
            <Link href={`/duyet-so-lieu?nam=${p.year}`} className="underline">
              Về danh sách hồ sơ chờ duyệt
            </Link>
          </p>
        </div>
      )}
      {returned?.ok && (
        <div role="status" className="space-y-1 rounded border border-brand-600 bg-brand-50 p-3 text-sm text-brand-900">
          <p className="font-semibold">
            Đã trả lại hồ sơ năm {p.year} của {p.organisationName} cho xã kèm ý kiến; xã sửa xong sẽ gửi duyệt lại.
          </p>
          <p>
            <Link href={`/duyet-so-lieu?nam=${p.year}`} className="underline">
              Về danh sách hồ sơ chờ duyệt
            </Link>
          </p>
        </div>
      )}
      {p.status === "SUBMITTED" && (
        <div className="grid gap-4 md:grid-cols-2">
          <form action={approve} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold">Duyệt hồ sơ</h3>
            <ConflictHelp state={approved} />
            {hidden}
            <input type="hidden" name="seen" value={p.seen} />
            <TextAreaField state={approved} formId="duyet" name="comment" label="Ý kiến (không bắt buộc)" />
            <ConfirmSubmit
              label="Duyệt hồ sơ"
              title={`Duyệt hồ sơ năm ${p.year} của ${p.organisationName}?`}
              confirmLabel="Xác nhận duyệt"
              pending={approving}
            >
              <p>
                {p.changeCount > 0
                  ? `${formatInteger(p.changeCount)} thay đổi trên trang này sẽ được tính vào các chỉ tiêu ngay sau khi duyệt.`
                  : "Hồ sơ không có thay đổi nào chờ duyệt; duyệt để xác nhận số liệu năm."}{" "}
                Số liệu năm {p.year} của tổ chức bị khoá cho đến khi Phòng TC-KH mở lại.
              </p>
              {p.flagCount > 0 && (
                <p className="font-semibold text-amber-900">
                  Hồ sơ có {p.flagCount} cảnh báo chất lượng số liệu; hãy chắc rằng đã xem xét chúng.
                </p>
              )}
            </ConfirmSubmit>
          </form>
          <form action={doReturn} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold">Trả lại cho xã</h3>
            <ConflictHelp state={returned && !returned.ok && !returned.fieldErrors ? returned : null} />
            {hidden}
            <TextAreaField state={returned} formId="tra-lai" name="comment" label="Lý do trả lại" required />
            <ConfirmSubmit
              label="Trả lại"
              title={`Trả lại hồ sơ năm ${p.year} của ${p.organisationName}?`}
              confirmLabel="Xác nhận trả lại"
              pending={returning}
              className={dangerButtonClass}
              confirmClassName={dangerButtonClass}
            >
              <p>
                Hồ sơ trở về cho xã kèm lý do đã ghi; các thay đổi chưa được tính vào chỉ tiêu. Xã sửa rồi gửi duyệt
                lại.
              </p>
            </ConfirmSubmit>
          </form>
        </div>
      )}
    </div>
  );
}

export type QueueItem = {
  organisationId: number;
  year: number;
  organisationName: string;
  /** "HTX · HTX-823-004" */
  detail: string;
  communeName: string;
  submittedOn: string;
  submittedBy: string | null;
  changes: number;
  flags: string[];
  /** "organisationId:year:version:seen", what approving it together carries. */
  value: string;
};

/**
 * The submitted dossiers of the year: each opens its whole submission; those without any
 * data-quality flag can be ticked and approved together with one confirmation (all or
 * nothing: if one changed since the list was opened, none is approved and the message
 * names it).
 */
export function SubmissionQueue({ year, items }: { year: number; items: QueueItem[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(approveMany, null);
  const [selected, setSelected] = useState<string[]>([]);
  const clean = items.filter((i) => i.flags.length === 0);
  const chosen = clean.filter((i) => selected.includes(i.value));
  const done = state?.ok ? (state.data as { approved: { name: string }[] }).approved : null;
  const allChosen = clean.length > 0 && chosen.length === clean.length;
  return (
    <form action={action} className="space-y-3">
      {done && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-sm text-brand-900">
          Đã duyệt {done.length} hồ sơ năm {year}: {done.map((d) => d.name).join(", ")}; số liệu đã được tính vào các
          chỉ tiêu.
        </p>
      )}
      <ConflictHelp state={state} />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Không có hồ sơ nào đang chờ duyệt.</p>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            {/* a readable width that scrolls sideways on a phone rather than squeezing the names */}
            <table className="w-full min-w-[52rem] text-sm" data-testid="pending-list">
              <caption className="sr-only">
                Hồ sơ năm {year} đã gửi, chờ duyệt: xã, số thay đổi và cảnh báo chất lượng số liệu; chọn các hồ sơ không
                có cảnh báo để duyệt cùng lúc
              </caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="w-10 px-3 py-2">
                    <label>
                      <span className="sr-only">Chọn mọi hồ sơ không có cảnh báo</span>
                      <input
                        type="checkbox"
                        checked={allChosen}
                        disabled={clean.length === 0}
                        onChange={(e) => setSelected(e.target.checked ? clean.map((i) => i.value) : [])}
                      />
                    </label>
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Tổ chức
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Xã, thị trấn
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Gửi lúc
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Số thay đổi
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Cảnh báo chất lượng số liệu
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.value} className="border-t border-slate-100 align-top">
                    <td className="px-3 py-2">
                      {r.flags.length === 0 && (
                        <label>
                          <span className="sr-only">Chọn hồ sơ {r.organisationName} để duyệt cùng lúc</span>
                          <input
                            type="checkbox"
                            name="items"
                            value={r.value}
                            checked={selected.includes(r.value)}
                            onChange={(e) =>
                              setSelected((s) => (e.target.checked ? [...s, r.value] : s.filter((x) => x !== r.value)))
                            }
                          />
                        </label>
                      )}
                    </td>
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      <Link
                        href={`/duyet-so-lieu/${r.organisationId}/${r.year}`}
                        className="font-semibold text-brand-800 underline"
                      >
                        {r.organisationName}
                      </Link>{" "}
                      <span className="text-slate-600">({r.detail})</span>
                    </th>
                    <td className="px-3 py-2">{r.communeName}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {r.submittedOn}
                      {r.submittedBy && <span className="block text-xs text-slate-600">{r.submittedBy}</span>}
                    </td>
                    <td className="px-3 py-2 text-right">{formatInteger(r.changes)}</td>
                    <td className="px-3 py-2">
                      {r.flags.length === 0 ? (
                        <span className="text-brand-800">Không có</span>
                      ) : (
                        <ul className="list-disc space-y-1 pl-4 text-amber-900">
                          {r.flags.map((f) => (
                            <li key={f}>{f}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <ConfirmSubmit
              label={`Duyệt ${chosen.length} hồ sơ đã chọn`}
              title={`Duyệt ${chosen.length} hồ sơ năm ${year}?`}
              confirmLabel="Xác nhận duyệt"
              pending={pending}
              disabled={chosen.length === 0}
            >
              <p>Các hồ sơ sau được duyệt cùng lúc; số liệu của chúng được tính vào các chỉ tiêu ngay sau khi duyệt:</p>
              <ul className="list-disc pl-5">
                {chosen.map((i) => (
                  <li key={i.value}>
                    {i.organisationName} ({i.communeName}, {formatInteger(i.changes)} thay đổi)
                  </li>
                ))}
              </ul>
              <p>Nếu một hồ sơ đã thay đổi kể từ khi mở trang này, không hồ sơ nào được duyệt và bạn sẽ được báo.</p>
            </ConfirmSubmit>
            <p className="text-sm text-slate-700">
              Chỉ chọn được hồ sơ không có cảnh báo ({clean.length}/{items.length}); hồ sơ có cảnh báo hãy mở ra xem và
              duyệt riêng.
            </p>
          </div>
        </>
      )}
    </form>
  );
}

export type PopulationItem = {
  areaUnitId: number;
  label: string;
  year: number;
  before: string;
  now: string;
  by: string;
};

/** The population figures waiting for approval, each approved on its own (with a
 *  confirmation); the message of the last approval stays when its row leaves the list. */
export function PopulationApprovals({ items }: { items: PopulationItem[] }) {
  // The unit's name, kept for the message after its row has left the list.
  const [doneLabel, setDoneLabel] = useState<string | null>(null);
  const [state, action, pending] = useActionState<FormState, FormData>(async (prev, fd) => {
    const unit = items.find((i) => String(i.areaUnitId) === fd.get("areaUnitId") && String(i.year) === fd.get("year"));
    setDoneLabel(unit?.label ?? null);
    return approvePopulation(prev, fd);
  }, null);
  const done = state?.ok ? (state.data as { areaUnitId: number; year: number }) : null;
  return (
    <div className="space-y-2">
      {done && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 p-2 text-sm text-brand-900">
          Đã duyệt số dân năm {done.year}
          {doneLabel ? ` của ${doneLabel}` : ""}; số này được dùng cho chỉ tiêu tỷ lệ dân số tham gia kinh tế tập thể.
        </p>
      )}
      {state && !state.ok && <FormMessage state={state} />}
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Không có số dân nào đang chờ duyệt.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="pending-population">
            <caption className="sr-only">Số dân do xã nhập đang chờ duyệt</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Đơn vị
                </th>
                <th scope="col" className="px-3 py-2">
                  Năm
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Đã duyệt
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Mới nhập
                </th>
                <th scope="col" className="px-3 py-2">
                  Người nhập
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Duyệt</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={`${i.areaUnitId}:${i.year}`} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {i.label}
                  </th>
                  <td className="px-3 py-2">{i.year}</td>
                  <td className="px-3 py-2 text-right whitespace-nowrap">{i.before}</td>
                  <td className="px-3 py-2 text-right font-semibold whitespace-nowrap">{i.now}</td>
                  <td className="px-3 py-2">{i.by}</td>
                  <td className="px-3 py-2">
                    <form action={action}>
                      <input type="hidden" name="areaUnitId" value={i.areaUnitId} />
                      <input type="hidden" name="year" value={i.year} />
                      <ConfirmSubmit
                        label="Duyệt"
                        triggerLabel={`Duyệt số dân năm ${i.year} của ${i.label}`}
                        title={`Duyệt số dân năm ${i.year} của ${i.label}?`}
                        confirmLabel="Xác nhận duyệt"
                        pending={pending}
                        className={secondaryButtonClass}
                        confirmClassName={buttonClass}
                      >
                        <p>
                          {i.now} sẽ là số dân đã duyệt của {i.label} năm {i.year} (trước đó: {i.before}), dùng làm mẫu
                          số của chỉ tiêu tỷ lệ dân số tham gia kinh tế tập thể.
                        </p>
                      </ConfirmSubmit>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
