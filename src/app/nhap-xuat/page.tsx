import type { Metadata } from "next";
import { PersonalDataNotice } from "../_components/personal-data-notice";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canWriteSomewhere } from "@/server/auth/permissions";
import { listCommunes } from "@/server/territory/list-communes";
import { IMPORT_INSTRUCTIONS, IMPORT_KINDS, IMPORT_KIND_LABELS } from "@/domain/import/columns";
import { ImportForm } from "./_components/import-form";
import { UnitOptions } from "../_components/unit-options";
import { yearInVietnam } from "@/domain/time/vietnam";
import { FilterSelect } from "../_components/form/filter-select";
import { buttonClass } from "../_components/form/styles";

export const metadata: Metadata = { title: "Nhập / xuất Excel" };

const linkClass = "text-brand-700 underline";
const FORMATS = { xlsx: "Excel (.xlsx)", csv: "CSV" };

export default async function ImportExportPage() {
  const viewer = await requireViewer();
  const communes = await listCommunes(prisma);
  const thisYear = yearInVietnam();
  const years = Array.from({ length: thisYear - 2019 }, (_, i) => thisYear - i);
  const communeOptions = <UnitOptions units={communes} value={(c) => c.code} showCode />;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Nhập / xuất Excel</h1>

      <section aria-labelledby="tep-mau" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="tep-mau" className="text-lg font-semibold">
          Tệp mẫu
        </h2>
        <p className="text-sm text-slate-700">
          Tệp Excel có sẵn danh sách chọn cho các cột như loại hình, lĩnh vực, trạng thái, xếp loại, xã và trang “Hướng
          dẫn” mô tả từng cột.
        </p>
        <ul className="list-disc pl-6 text-sm">
          {IMPORT_KINDS.map((k) => (
            <li key={k}>
              {IMPORT_KIND_LABELS[k]}:{" "}
              <a className={linkClass} href={`/nhap-xuat/mau/${k}?dinh_dang=xlsx`}>
                Excel (.xlsx)
              </a>
              {" · "}
              <a className={linkClass} href={`/nhap-xuat/mau/${k}?dinh_dang=csv`}>
                CSV
              </a>
            </li>
          ))}
        </ul>
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold text-brand-800">Cách điền tệp</summary>
          <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-700">
            {IMPORT_INSTRUCTIONS.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      </section>

      {canWriteSomewhere(viewer) ? (
        <>
          <PersonalDataNotice />
          <ImportForm kinds={IMPORT_KINDS.map((k) => ({ value: k, label: IMPORT_KIND_LABELS[k] }))} />
        </>
      ) : (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          Tài khoản của bạn chỉ được xem và xuất dữ liệu, không được nhập.
        </p>
      )}

      <section aria-labelledby="xuat-du-lieu" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="xuat-du-lieu" className="text-lg font-semibold">
          Xuất dữ liệu
        </h2>
        <p className="text-sm text-slate-700">
          Tệp xuất có đúng định dạng của tệp mẫu: sửa rồi nhập lại được, nhập lại nguyên tệp không làm thay đổi gì.
        </p>
        <form
          noValidate
          method="get"
          action="/nhap-xuat/xuat/to-chuc-theo-nam"
          className="flex flex-wrap items-end gap-3 text-sm"
        >
          <span className="w-full font-semibold">Tổ chức theo năm</span>
          <FilterSelect name="nam" label="Năm" value={thisYear - 1} options={years} all={null} />
          <FilterSelect name="xa" label="Xã, thị trấn" value="">
            {communeOptions}
          </FilterSelect>
          <FilterSelect name="dinh_dang" label="Định dạng" value="xlsx" options={FORMATS} all={null} />
          <button type="submit" className={buttonClass}>
            Xuất tổ chức theo năm
          </button>
        </form>
        <form
          noValidate
          method="get"
          action="/nhap-xuat/xuat/dan-so"
          className="flex flex-wrap items-end gap-3 text-sm"
        >
          <span className="w-full font-semibold">Dân số</span>
          <FilterSelect name="nam" label="Năm" value="" options={years} all="Tất cả các năm" />
          <FilterSelect name="dinh_dang" label="Định dạng" value="xlsx" options={FORMATS} all={null} />
          <button type="submit" className={buttonClass}>
            Xuất dân số
          </button>
        </form>
      </section>
    </div>
  );
}
