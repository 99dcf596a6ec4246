"use client";
import type { ReactNode } from "react";
import { HIGH_TECH_TYPE_LABELS, LINK_ROLE_LABELS } from "@/domain/labels";
import { formatDate } from "@/domain/format/date";
import type { HighTechRow, LinkageRow } from "@/server/dossier/list-period-records";
import { saveLinkage } from "@/server/dossier/linkage/save-linkage.action";
import { deleteLinkage } from "@/server/dossier/linkage/delete-linkage.action";
import { saveHighTech } from "@/server/dossier/high-tech/save-high-tech.action";
import { deleteHighTech } from "@/server/dossier/high-tech/delete-high-tech.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { DeleteForm } from "@/app/_components/form/delete-form";
import { DateField, NumberField, SelectField, TextField } from "@/app/_components/form/fields";
import { optionsOf, type FormState } from "@/app/_components/form/form-state";
import type { ActionResult } from "@/domain/actions/action-result";

const period = (from: string, to: string | null) => `${formatDate(from)} – ${to ? formatDate(to) : "nay"}`;

type Period = { validFrom: string; validTo: string | null };

/**
 * The form of one record with a validity period (new when `item` is absent): its own
 * fields, then the period, then the button. Saved by `action`, which takes the
 * organisation and, for an edit, the record's id and version.
 */
function PeriodForm<T>(p: {
  action: (prev: FormState, payload: FormData) => Promise<ActionResult<T>>;
  organisationId: number;
  item?: Period & { id: number; version: number };
  /** The forms' id prefix: `${prefix}-${id}`, or `${prefix}-moi` for a new record. */
  prefix: string;
  label: string;
  added: string;
  addLabel: string;
  toLabel: string;
  /** The grid of the fields (a literal, for Tailwind). */
  grid: string;
  children: ReactNode;
}) {
  const form = useActionForm(p.action);
  const item = p.item;
  return (
    <ActionForm
      form={form}
      formId={item ? `${p.prefix}-${item.id}` : `${p.prefix}-moi`}
      className="space-y-3"
      aria-label={p.label}
      success={item ? "Đã lưu." : p.added}
      hidden={{ organisationId: p.organisationId, id: item?.id, version: item?.version }}
    >
      <div className={p.grid}>
        {p.children}
        <DateField name="validFrom" label="Từ ngày" required defaultValue={item?.validFrom} />
        <DateField name="validTo" label={p.toLabel} defaultValue={item?.validTo} />
      </div>
      <SubmitButton label={item ? "Lưu" : p.addLabel} />
    </ActionForm>
  );
}

/** Stored records, each folded under its summary with its edit form and "Xoá". */
function RecordList<T extends { id: number; version: number }>(p: {
  items: T[];
  empty: string;
  summary: (item: T) => string;
  form: (item: T) => ReactNode;
  deleteAction: typeof deleteLinkage | typeof deleteHighTech;
  deleteLabel: (item: T) => string;
}) {
  if (p.items.length === 0) return <p className="text-sm text-slate-600">{p.empty}</p>;
  return (
    <ul className="space-y-2">
      {p.items.map((item) => (
        <li key={item.id}>
          <details className="rounded border border-slate-200 bg-white p-3 text-sm">
            <summary className="cursor-pointer">{p.summary(item)}</summary>
            <div className="mt-3 space-y-3">
              {p.form(item)}
              <DeleteForm action={p.deleteAction} id={item.id} version={item.version} label={p.deleteLabel(item)} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}

export function LinkageForm({ organisationId, item }: { organisationId: number; item?: LinkageRow }) {
  return (
    <PeriodForm
      action={saveLinkage}
      organisationId={organisationId}
      item={item}
      prefix="lk"
      label={item ? `Sửa liên kết với ${item.partnerName}` : "Thêm liên kết"}
      added="Đã thêm liên kết."
      addLabel="Thêm liên kết"
      toLabel="Đến ngày (để trống nếu còn hiệu lực)"
      grid="grid gap-3 sm:grid-cols-3"
    >
      <TextField name="partnerName" label="Đối tác liên kết" required defaultValue={item?.partnerName} />
      <SelectField name="role" label="Vai trò" defaultValue={item?.role} options={optionsOf(LINK_ROLE_LABELS)} />
      <TextField name="product" label="Sản phẩm" required defaultValue={item?.product} />
      <NumberField name="areaHa" label="Diện tích liên kết (ha)" decimal defaultValue={item?.areaHa} />
      <TextField name="contractRef" label="Số hợp đồng" defaultValue={item?.contractRef} />
      <div />
    </PeriodForm>
  );
}

export function LinkageList({ organisationId, items }: { organisationId: number; items: LinkageRow[] }) {
  return (
    <RecordList
      items={items}
      empty="Chưa có liên kết nào."
      summary={(l) =>
        `${l.partnerName} · ${l.product} · ${LINK_ROLE_LABELS[l.role]} · ${period(l.validFrom, l.validTo)}`
      }
      form={(l) => <LinkageForm organisationId={organisationId} item={l} />}
      deleteAction={deleteLinkage}
      deleteLabel={(l) => `Xoá liên kết với ${l.partnerName}`}
    />
  );
}

export function HighTechForm({ organisationId, item }: { organisationId: number; item?: HighTechRow }) {
  return (
    <PeriodForm
      action={saveHighTech}
      organisationId={organisationId}
      item={item}
      prefix="cnc"
      label={item ? "Sửa ứng dụng công nghệ cao" : "Thêm ứng dụng công nghệ cao"}
      added="Đã thêm."
      addLabel="Thêm ứng dụng"
      toLabel="Đến ngày (để trống nếu còn áp dụng)"
      grid="grid gap-3 sm:grid-cols-2"
    >
      <SelectField
        name="technologyType"
        label="Loại công nghệ"
        defaultValue={item?.technologyType}
        options={optionsOf(HIGH_TECH_TYPE_LABELS)}
      />
      <TextField name="evidence" label="Minh chứng (số giấy chứng nhận, biên bản)" defaultValue={item?.evidence} />
      <TextField name="description" label="Mô tả" defaultValue={item?.description} className="sm:col-span-2" />
    </PeriodForm>
  );
}

export function HighTechList({ organisationId, items }: { organisationId: number; items: HighTechRow[] }) {
  return (
    <RecordList
      items={items}
      empty="Chưa ghi nhận ứng dụng công nghệ cao."
      summary={(h) =>
        `${HIGH_TECH_TYPE_LABELS[h.technologyType]} · ${period(h.validFrom, h.validTo)}` +
        (h.evidence ? ` · ${h.evidence}` : " · chưa có minh chứng")
      }
      form={(h) => <HighTechForm organisationId={organisationId} item={h} />}
      deleteAction={deleteHighTech}
      deleteLabel={(h) => `Xoá ${HIGH_TECH_TYPE_LABELS[h.technologyType]}`}
    />
  );
}
