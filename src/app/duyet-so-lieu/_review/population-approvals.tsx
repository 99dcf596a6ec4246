"use client";
import { useState } from "react";
import { approvePopulation } from "@/server/approval/approve-population.action";
import { ConfirmSubmit } from "@/app/_components/entry/confirm-dialog";
import { FormMessage, Hidden, useActionForm } from "@/app/_components/form/action-form";
import { failure } from "@/app/_components/form/form-state";
import { buttonClass, secondaryButtonClass } from "@/app/_components/form/styles";
import { Table } from "@/app/_components/table";

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
  const form = useActionForm<{ areaUnitId: number; year: number }>(async (prev, fd) => {
    const unit = items.find((i) => String(i.areaUnitId) === fd.get("areaUnitId") && String(i.year) === fd.get("year"));
    setDoneLabel(unit?.label ?? null);
    return approvePopulation(prev, fd);
  });
  const done = form.data;
  return (
    <div className="space-y-2">
      {done && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 p-2 text-sm text-brand-900">
          Đã duyệt số dân năm {done.year}
          {doneLabel ? ` của ${doneLabel}` : ""}; số này được dùng cho chỉ tiêu tỷ lệ dân số tham gia kinh tế tập thể.
        </p>
      )}
      <FormMessage state={failure(form.state)} />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Không có số dân nào đang chờ duyệt.</p>
      ) : (
        <Table
          testId="pending-population"
          caption="Số dân do xã nhập đang chờ duyệt"
          columns={[
            "Đơn vị",
            "Năm",
            { label: "Đã duyệt", numeric: true },
            { label: "Mới nhập", numeric: true },
            "Người nhập",
            <span key="duyet" className="sr-only">
              Duyệt
            </span>,
          ]}
        >
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
                <form noValidate action={form.action}>
                  <Hidden values={{ areaUnitId: i.areaUnitId, year: i.year }} />
                  <ConfirmSubmit
                    label="Duyệt"
                    triggerLabel={`Duyệt số dân năm ${i.year} của ${i.label}`}
                    title={`Duyệt số dân năm ${i.year} của ${i.label}?`}
                    confirmLabel="Xác nhận duyệt"
                    pending={form.pending}
                    className={secondaryButtonClass}
                    confirmClassName={buttonClass}
                  >
                    <p>
                      {i.now} sẽ là số dân đã duyệt của {i.label} năm {i.year} (trước đó: {i.before}), dùng làm mẫu số
                      của chỉ tiêu tỷ lệ dân số tham gia kinh tế tập thể.
                    </p>
                  </ConfirmSubmit>
                </form>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
