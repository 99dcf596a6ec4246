"use client";
import Link from "next/link";
import { useState, type ComponentProps, type ReactNode } from "react";
import { approveMany } from "@/server/approval/approve-many.action";
import { formatInteger } from "@/domain/format/number";
import { ConfirmSubmit } from "@/app/_components/entry/confirm-dialog";
import { useActionForm } from "@/app/_components/form/action-form";
import { Table } from "@/app/_components/table";
import { ConflictHelp } from "./conflict-help";

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

/** A ticked box with a label only screen readers read. */
function Pick({ label, ...input }: { label: string } & ComponentProps<"input">) {
  return (
    <label>
      <span className="sr-only">{label}</span>
      <input type="checkbox" {...input} />
    </label>
  );
}

function QueueRow({ r, pick }: { r: QueueItem; pick: ReactNode }) {
  return (
    <tr className="border-t border-slate-100 align-top">
      <td className="px-3 py-2">{pick}</td>
      <th scope="row" className="px-3 py-2 text-left font-normal">
        <Link href={`/duyet-so-lieu/${r.organisationId}/${r.year}`} className="font-semibold text-brand-800 underline">
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
  );
}

/**
 * The submitted dossiers of the year: each opens its whole submission; those without any
 * data-quality flag can be ticked and approved together with one confirmation (all or
 * nothing: if one changed since the list was opened, none is approved and the message
 * names it).
 */
export function SubmissionQueue({ year, items }: { year: number; items: QueueItem[] }) {
  const form = useActionForm<{ approved: { name: string }[] }>(approveMany);
  const [selected, setSelected] = useState<string[]>([]);
  const clean = items.filter((i) => i.flags.length === 0);
  const chosen = clean.filter((i) => selected.includes(i.value));
  const done = form.data?.approved ?? null;
  const allChosen = clean.length > 0 && chosen.length === clean.length;
  const toggle = (value: string, on: boolean) =>
    setSelected((s) => (on ? [...s, value] : s.filter((x) => x !== value)));
  return (
    <form noValidate action={form.action} className="space-y-3">
      {done && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-sm text-brand-900">
          Đã duyệt {done.length} hồ sơ năm {year}: {done.map((d) => d.name).join(", ")}; số liệu đã được tính vào các
          chỉ tiêu.
        </p>
      )}
      <ConflictHelp state={form.state} />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Không có hồ sơ nào đang chờ duyệt.</p>
      ) : (
        <>
          {/* a readable width that scrolls sideways on a phone rather than squeezing the names */}
          <Table
            className="w-full min-w-[52rem] text-sm"
            testId="pending-list"
            caption={`Hồ sơ năm ${year} đã gửi, chờ duyệt: xã, số thay đổi và cảnh báo chất lượng số liệu; chọn các hồ sơ không có cảnh báo để duyệt cùng lúc`}
            columns={[
              {
                className: "w-10",
                label: (
                  <Pick
                    label="Chọn mọi hồ sơ không có cảnh báo"
                    checked={allChosen}
                    disabled={clean.length === 0}
                    onChange={(e) => setSelected(e.target.checked ? clean.map((i) => i.value) : [])}
                  />
                ),
              },
              "Tổ chức",
              "Xã, thị trấn",
              "Gửi lúc",
              { label: "Số thay đổi", numeric: true },
              "Cảnh báo chất lượng số liệu",
            ]}
          >
            {items.map((r) => (
              <QueueRow
                key={r.value}
                r={r}
                pick={
                  r.flags.length === 0 && (
                    <Pick
                      label={`Chọn hồ sơ ${r.organisationName} để duyệt cùng lúc`}
                      name="items"
                      value={r.value}
                      checked={selected.includes(r.value)}
                      onChange={(e) => toggle(r.value, e.target.checked)}
                    />
                  )
                }
              />
            ))}
          </Table>
          <div className="flex flex-wrap items-center gap-3">
            <ConfirmSubmit
              label={`Duyệt ${chosen.length} hồ sơ đã chọn`}
              title={`Duyệt ${chosen.length} hồ sơ năm ${year}?`}
              confirmLabel="Xác nhận duyệt"
              pending={form.pending}
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
