"use client";
// The import form: "Kiểm tra" validates and shows what would change (and, for a member
// register, the persons that will be linked) without writing; "Nhập dữ liệu" writes
// everything in one transaction or nothing. Both post to /nhap-xuat/nhap.
import { useRef, useState } from "react";
import { FileField } from "@/app/_components/form/file-field";
import { ScrollFrame } from "@/app/_components/table";
import type { PersonLink } from "@/domain/import/plan-members";

type Summary = Record<string, unknown> & { kind: string; rows: number; warnings: string[]; links?: PersonLink[] };
type Result =
  | { ok: true; preview?: boolean; data: Summary }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; ref?: string };

const n = (v: unknown) => (typeof v === "number" ? v.toLocaleString("vi-VN") : "0");

function describe(s: Summary): string[] {
  switch (s.kind) {
    case "to-chuc-theo-nam":
      return [
        `${n(s.rows)} dòng`,
        `${n(s.organisationsCreated)} tổ chức mới`,
        `${n(s.organisationsUpdated)} tổ chức sửa thông tin`,
        `${n(s.yearsCreated)} báo cáo năm mới`,
        `${n(s.yearsUpdated)} báo cáo năm cập nhật`,
        `${n(s.statusChanges)} thay đổi trạng thái`,
        `${n(s.unchanged)} dòng không thay đổi`,
        s.approvalStatus === "SUBMITTED"
          ? "số liệu ở trạng thái Đã gửi, chờ huyện duyệt"
          : "số liệu ở trạng thái Đã duyệt",
      ];
    case "dan-so":
      return [
        `${n(s.rows)} dòng`,
        `${n(s.created)} mới`,
        `${n(s.updated)} cập nhật`,
        `${n(s.unchanged)} không thay đổi`,
      ];
    default:
      return [
        `${n(s.rows)} dòng`,
        `${n(s.personsCreated)} người mới`,
        `${n(s.personsLinked)} người đã có được liên kết`,
        `${n(s.membershipsCreated)} thành viên mới`,
        `${n(s.membershipsUpdated)} thành viên cập nhật`,
        `${n(s.unchanged)} không thay đổi`,
      ];
  }
}

export function ImportForm({ kinds }: { kinds: { value: string; label: string }[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [pending, setPending] = useState<null | "kiem-tra" | "nhap">(null);
  const [confirm, setConfirm] = useState(false);

  async function submit(mode: "kiem-tra" | "nhap") {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    data.set("mode", mode);
    if (confirm) data.set("confirmLinks", "1");
    setPending(mode);
    try {
      const res = await fetch("/nhap-xuat/nhap", { method: "POST", body: data });
      setResult((await res.json()) as Result);
    } catch {
      setResult({ ok: false, error: "Không gửi được tệp; hãy kiểm tra kết nối và thử lại" });
    } finally {
      setPending(null);
    }
  }

  const issues = result && !result.ok ? (result.fieldErrors?.issues ?? []) : [];
  const links = result?.ok ? (result.data.links ?? []) : [];
  const nameLinks = links.filter((l) => l.matchedBy === "ho_ten_nam_sinh_xa");
  return (
    <section aria-labelledby="nhap-du-lieu" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="nhap-du-lieu" className="text-lg font-semibold">
        Nhập dữ liệu
      </h2>
      <form
        noValidate
        ref={formRef}
        className="flex flex-wrap items-end gap-3 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          void submit("nhap");
        }}
        onChange={() => {
          setResult(null);
          setConfirm(false);
        }}
      >
        <label className="flex flex-col">
          <span className="font-semibold">Loại dữ liệu</span>
          <select name="kind" defaultValue={kinds[0]?.value} className="mt-1 rounded border border-slate-300 p-2">
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <FileField
          name="file"
          label="Tệp Excel (.xlsx) hoặc CSV, tối đa 10 MB"
          required
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
        <button
          type="button"
          disabled={pending !== null}
          onClick={() => void submit("kiem-tra")}
          className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        >
          {pending === "kiem-tra" ? "Đang kiểm tra…" : "Kiểm tra"}
        </button>
        <button
          type="submit"
          disabled={pending !== null}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending === "nhap" ? "Đang nhập…" : "Nhập dữ liệu"}
        </button>
      </form>

      {result && !result.ok && (
        <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">{result.error}</p>
          {issues.length > 0 && (
            <ul className="max-h-96 list-disc overflow-y-auto pl-6" data-testid="import-issues">
              {issues.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {result?.ok && (
        <div role="status" className="space-y-2 rounded border border-brand-600 bg-brand-50 p-3 text-sm text-brand-800">
          <p className="font-semibold">
            {result.preview ? "Kiểm tra xong, tệp hợp lệ (chưa ghi gì):" : "Đã nhập xong:"}
          </p>
          <p data-testid="import-summary">{describe(result.data).join("; ")}.</p>
          {result.data.warnings.length > 0 && (
            <ul className="list-disc pl-6 text-amber-900">
              {result.data.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {links.length > 0 && (
        <div className="space-y-2 text-sm">
          <h3 className="font-semibold">Sẽ liên kết với người đã có</h3>
          <ScrollFrame label="Lỗi theo dòng và cột" frame="scroll">
            <table className="min-w-full" data-testid="import-links">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-2 py-1">
                    Dòng
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Trong tệp
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Người đã có
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Khớp theo
                  </th>
                </tr>
              </thead>
              <tbody>
                {links.map((l) => (
                  <tr key={l.row} className="border-t border-slate-100">
                    <td className="px-2 py-1">{l.row}</td>
                    <td className="px-2 py-1">
                      {l.fullName}
                      {l.birthYear ? ` (${l.birthYear})` : ""}
                    </td>
                    <td className="px-2 py-1">
                      {l.personName} (mã {l.personId}
                      {l.idNumberTail ? `, số định danh …${l.idNumberTail}` : ""})
                    </td>
                    <td className="px-2 py-1">
                      {l.matchedBy === "so_dinh_danh" ? "Số định danh" : "Họ tên, năm sinh và xã"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollFrame>
          {nameLinks.length > 0 && result?.ok && result.preview && (
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} />
              Tôi đã xem: {nameLinks.length} dòng khớp theo họ tên, năm sinh và xã là cùng một người, đồng ý liên kết.
            </label>
          )}
        </div>
      )}
    </section>
  );
}
