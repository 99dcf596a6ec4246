// Export of the organisations-by-year sheet for one year (optionally one commune), in
// exactly the import format: the organisations with a yearly report that year, their
// status at the year's reference date, rating and the co/khong flags read the same
// way the importer compares them, so that re-importing the file changes nothing.
// Enumerated values are written as their labels, as the dropdowns list them.
import { ORGANISATION_YEAR_COLUMNS, SECTOR_BY_KEY, STATUS_BY_KEY, displayValue, invert } from "@/domain/import/columns";
import { overlapsYear, ratingKeyOf, statusAt } from "@/domain/import/organisation-state";
import { endOfYear, importToday, startOfYear, yearReferenceDate } from "@/domain/import/import-rules";
import type { OutCell, SheetData } from "./sheet-io";
import { holderInYear } from "@/domain/import/communes";
import { communesOfYears, loadCommunes, type Db } from "./shared";
import { ANNUAL_REPORT_SELECT } from "@/domain/organisations/annual-report";

const SECTOR_KEY = invert(SECTOR_BY_KEY);
const STATUS_KEY = invert(STATUS_BY_KEY);
const yesNo = (b: boolean | null): OutCell => (b === null ? null : b ? "co" : "khong");

export async function exportOrganisationYears(
  db: Db,
  params: { year: number; communeId?: number | null; now?: Date },
): Promise<SheetData> {
  const { year } = params;
  const ref = yearReferenceDate(year, importToday(params.now));
  const period = {
    validFrom: { lte: endOfYear(year) },
    OR: [{ validTo: null }, { validTo: { gte: startOfYear(year) } }],
  };
  const reports = await db.annualReport.findMany({
    where: { year, ...(params.communeId ? { organisation: { communeId: params.communeId } } : {}) },
    orderBy: { organisation: { code: "asc" } },
    select: {
      ...ANNUAL_REPORT_SELECT,
      organisation: {
        select: {
          code: true,
          type: true,
          name: true,
          sector: true,
          currentStatus: true,
          communeId: true,
          statusHistory: { select: { status: true, effectiveFrom: true } },
          ratings: { where: { year }, select: { eligible: true, score: true, level: true } },
          linkages: { where: period, select: { validFrom: true, validTo: true } },
          highTech: { where: period, select: { validFrom: true, validTo: true } },
          digitalPractices: { where: { year }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  // The unit an organisation was in during `year`: its registered commune, or the one that
  // had taken it over (an organisation registered in Bình Phú is in Phú Thành in 2026), so
  // that the export is a file the importer accepts for that year.
  const communeById = new Map((await loadCommunes(db)).map((c) => [c.id, c]));
  const rows: OutCell[][] = reports.map((r) => {
    const o = r.organisation;
    const registered = communeById.get(o.communeId)!;
    const commune = holderInYear(registered, year, communeById) ?? registered;
    const rating = o.type !== "THT" ? o.ratings[0] : undefined;
    const values: Record<string, OutCell> = {
      ma_to_chuc: o.code,
      loai_hinh: o.type,
      ten: o.name,
      ma_xa: commune.code,
      ten_xa: commune.name,
      linh_vuc: SECTOR_KEY[o.sector],
      trang_thai: STATUS_KEY[statusAt(o.statusHistory, ref, o.currentStatus)],
      nam: year,
      so_thanh_vien: r.memberCount,
      so_thanh_vien_chinh_thuc: r.officialMemberCount,
      so_lao_dong: r.employeeCount,
      von_dieu_le: r.charterCapital,
      tong_tai_san: r.totalAssets,
      doanh_thu: r.revenue,
      loi_nhuan: r.profit,
      thu_nhap_binh_quan: r.avgMemberIncome,
      diem_danh_gia: rating?.score ? Number(rating.score) : null,
      xep_loai: rating ? ratingKeyOf({ ...rating, score: rating.score?.toFixed(2) ?? null }) : null,
      lien_ket_chuoi: yesNo(o.linkages.some((l) => overlapsYear(l, year))),
      ung_dung_cnc: yesNo(o.highTech.some((h) => overlapsYear(h, year))),
      chuyen_doi_so: yesNo(o.digitalPractices.length > 0),
      hoat_dong_hieu_qua: o.type === "THT" ? yesNo(r.effective) : null,
    };
    return ORGANISATION_YEAR_COLUMNS.map((c) => displayValue(c, values[c.key] ?? null));
  });
  return {
    sheetName: `Tổ chức ${year}`,
    columns: ORGANISATION_YEAR_COLUMNS,
    rows,
    textColumns: ["ma_to_chuc", "ma_xa"],
    communes: await communesOfYears(db, year),
  };
}
