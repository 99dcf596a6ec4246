// The spreadsheet of the crash test: `rows` new organisations, one row each, in the
// communes in force (codes given), with figures, ratings and flags so that every
// write of the importer (organisations, status history, reports, ratings, linkages,
// high technology, digital practices, audit rows) has work to do.
import { ORGANISATION_YEAR_COLUMNS } from "@/domain/import/columns";

export const CRASH_YEAR = 2025;

export function crashSheetCsv(rows: number, communeCodes: string[]): string {
  const header = ORGANISATION_YEAR_COLUMNS.map((c) => c.key);
  const lines = [header.join(",")];
  for (let i = 0; i < rows; i++) {
    const htx = i % 3 !== 0;
    const v: Record<string, string | number> = {
      ma_to_chuc: `CRASH-${String(i).padStart(6, "0")}`,
      loai_hinh: htx ? "HTX" : "THT",
      ten: `${htx ? "HTX" : "THT"} thử sập ${i}`,
      ma_xa: communeCodes[i % communeCodes.length],
      linh_vuc: "nong_nghiep",
      trang_thai: "dang_hoat_dong",
      nam: CRASH_YEAR,
      so_thanh_vien: 20 + (i % 40),
      so_lao_dong: 5,
      doanh_thu: 1_000_000 * (i + 1),
      diem_danh_gia: htx ? "85" : "",
      xep_loai: htx ? "tot" : "",
      lien_ket_chuoi: i % 2 ? "co" : "khong",
      ung_dung_cnc: i % 5 ? "khong" : "co",
      chuyen_doi_so: "co",
      hoat_dong_hieu_qua: htx ? "" : "co",
    };
    lines.push(header.map((k) => v[k] ?? "").join(","));
  }
  return lines.join("\n") + "\n";
}
