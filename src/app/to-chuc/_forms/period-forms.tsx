"use client";
import { useActionState } from "react";
import { HIGH_TECH_TYPE_LABELS, LINK_ROLE_LABELS } from "@/domain/labels";
import { formatDate } from "@/domain/format/date";
import type { HighTechRow, LinkageRow } from "@/server/dossier/list-period-records";
import { saveLinkage } from "@/server/dossier/linkage/save-linkage.action";
import { deleteLinkage } from "@/server/dossier/linkage/delete-linkage.action";
import { saveHighTech } from "@/server/dossier/high-tech/save-high-tech.action";
import { deleteHighTech } from "@/server/dossier/high-tech/delete-high-tech.action";
import {
  buttonClass,
  dangerButtonClass,
  FormMessage,
  optionsOf,
  SelectField,
  TextField,
  type FormState,
} from "@/app/_components/entry/form-parts";

const period = (from: string, to: string | null) => `${formatDate(from)} – ${to ? formatDate(to) : "nay"}`;

function DeleteForm({
  serverAction,
  id,
  version,
  label,
}: {
  serverAction: typeof deleteLinkage | typeof deleteHighTech;
  id: number;
  version: number;
  label: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, null);
  return (
    <form action={action} className="space-y-1">
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={dangerButtonClass} aria-label={label}>
        Xoá
      </button>
    </form>
  );
}

export function LinkageForm({ organisationId, item }: { organisationId: number; item?: LinkageRow }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveLinkage, null);
  const f = item ? `lk-${item.id}` : "lk-moi";
  return (
    <form
      action={action}
      className="space-y-3"
      aria-label={item ? `Sửa liên kết với ${item.partnerName}` : "Thêm liên kết"}
    >
      <FormMessage state={state} success={item ? "Đã lưu." : "Đã thêm liên kết."} />
      <input type="hidden" name="organisationId" value={organisationId} />
      {item && <input type="hidden" name="id" value={item.id} />}
      {item && <input type="hidden" name="version" value={item.version} />}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          state={state}
          formId={f}
          name="partnerName"
          label="Đối tác liên kết"
          required
          defaultValue={item?.partnerName}
        />
        <SelectField
          state={state}
          formId={f}
          name="role"
          label="Vai trò"
          defaultValue={item?.role}
          options={optionsOf(LINK_ROLE_LABELS)}
        />
        <TextField state={state} formId={f} name="product" label="Sản phẩm" required defaultValue={item?.product} />
        <TextField
          state={state}
          formId={f}
          name="areaHa"
          label="Diện tích liên kết (ha)"
          inputMode="decimal"
          defaultValue={item?.areaHa}
        />
        <TextField state={state} formId={f} name="contractRef" label="Số hợp đồng" defaultValue={item?.contractRef} />
        <div />
        <TextField
          state={state}
          formId={f}
          name="validFrom"
          type="date"
          label="Từ ngày"
          required
          defaultValue={item?.validFrom}
        />
        <TextField
          state={state}
          formId={f}
          name="validTo"
          type="date"
          label="Đến ngày (để trống nếu còn hiệu lực)"
          defaultValue={item?.validTo}
        />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang lưu…" : item ? "Lưu" : "Thêm liên kết"}
      </button>
    </form>
  );
}

export function LinkageList({ organisationId, items }: { organisationId: number; items: LinkageRow[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">Chưa có liên kết nào.</p>;
  return (
    <ul className="space-y-2">
      {items.map((l) => (
        <li key={l.id}>
          <details className="rounded border border-slate-200 bg-white p-3 text-sm">
            <summary className="cursor-pointer">
              {l.partnerName} · {l.product} · {LINK_ROLE_LABELS[l.role]} · {period(l.validFrom, l.validTo)}
            </summary>
            <div className="mt-3 space-y-3">
              <LinkageForm organisationId={organisationId} item={l} />
              <DeleteForm
                serverAction={deleteLinkage}
                id={l.id}
                version={l.version}
                label={`Xoá liên kết với ${l.partnerName}`}
              />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}

export function HighTechForm({ organisationId, item }: { organisationId: number; item?: HighTechRow }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveHighTech, null);
  const f = item ? `cnc-${item.id}` : "cnc-moi";
  return (
    <form
      action={action}
      className="space-y-3"
      aria-label={item ? "Sửa ứng dụng công nghệ cao" : "Thêm ứng dụng công nghệ cao"}
    >
      <FormMessage state={state} success={item ? "Đã lưu." : "Đã thêm."} />
      <input type="hidden" name="organisationId" value={organisationId} />
      {item && <input type="hidden" name="id" value={item.id} />}
      {item && <input type="hidden" name="version" value={item.version} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          state={state}
          formId={f}
          name="technologyType"
          label="Loại công nghệ"
          defaultValue={item?.technologyType}
          options={optionsOf(HIGH_TECH_TYPE_LABELS)}
        />
        <TextField
          state={state}
          formId={f}
          name="evidence"
          label="Minh chứng (số giấy chứng nhận, biên bản)"
          defaultValue={item?.evidence}
        />
        <TextField
          state={state}
          formId={f}
          name="description"
          label="Mô tả"
          defaultValue={item?.description}
          className="sm:col-span-2"
        />
        <TextField
          state={state}
          formId={f}
          name="validFrom"
          type="date"
          label="Từ ngày"
          required
          defaultValue={item?.validFrom}
        />
        <TextField
          state={state}
          formId={f}
          name="validTo"
          type="date"
          label="Đến ngày (để trống nếu còn áp dụng)"
          defaultValue={item?.validTo}
        />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang lưu…" : item ? "Lưu" : "Thêm ứng dụng"}
      </button>
    </form>
  );
}

export function HighTechList({ organisationId, items }: { organisationId: number; items: HighTechRow[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">Chưa ghi nhận ứng dụng công nghệ cao.</p>;
  return (
    <ul className="space-y-2">
      {items.map((h) => (
        <li key={h.id}>
          <details className="rounded border border-slate-200 bg-white p-3 text-sm">
            <summary className="cursor-pointer">
              {HIGH_TECH_TYPE_LABELS[h.technologyType]} · {period(h.validFrom, h.validTo)}
              {h.evidence ? ` · ${h.evidence}` : " · chưa có minh chứng"}
            </summary>
            <div className="mt-3 space-y-3">
              <HighTechForm organisationId={organisationId} item={h} />
              <DeleteForm
                serverAction={deleteHighTech}
                id={h.id}
                version={h.version}
                label={`Xoá ${HIGH_TECH_TYPE_LABELS[h.technologyType]}`}
              />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
