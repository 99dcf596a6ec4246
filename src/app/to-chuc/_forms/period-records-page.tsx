// The page shell shared by the organisation's period-based records (value-chain
// linkages, high-technology applications): the approved-years lock note, the list of
// what is recorded, and the form to add one.
import type { ReactNode } from "react";
import type { getEntryOrganisation } from "@/server/entry/get-entry-organisation";
import { todayInVietnam } from "@/server/entry/dates";
import { EntryHeader } from "./entry-header";

type EntryOrganisation = NonNullable<Awaited<ReturnType<typeof getEntryOrganisation>>>["organisation"];

export function PeriodRecordsPage(props: {
  organisation: EntryOrganisation;
  title: string;
  addTitle: string;
  approvedYears: number[];
  list: ReactNode;
  form: ReactNode;
}) {
  return (
    <div className="space-y-6">
      <EntryHeader organisation={props.organisation} title={props.title} year={todayInVietnam().getUTCFullYear()} />
      {props.approvedYears.length > 0 && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Số liệu các năm {props.approvedYears.join(", ")} đã được duyệt: bản ghi có thời gian hiệu lực phủ một năm đã
          duyệt không sửa, xoá được cho đến khi Phòng TC-KH mở lại năm đó.
        </p>
      )}
      <section aria-labelledby="danh-sach" className="space-y-3">
        <h2 id="danh-sach" className="text-lg font-semibold">
          Đã ghi nhận
        </h2>
        {props.list}
      </section>
      <section aria-labelledby="them-moi" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="them-moi" className="text-lg font-semibold">
          {props.addTitle}
        </h2>
        {props.form}
      </section>
    </div>
  );
}
