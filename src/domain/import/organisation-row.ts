// One row of the organisations-by-year sheet → typed values, or the issues of the row.
// Pure: communes are passed in; what depends on the database (existing records,
// thresholds of an existing rating's scheme, permissions) is checked by the importer.
import { ORG_STATUS_SHORT } from "@/domain/labels";
import type { OrgStatus, OrgType, RatingLevel, Sector } from "@/domain/targets/facts";
import { RATING_LEVEL_LABELS } from "@/domain/labels";
import { formatNumber } from "@/domain/format/number";
import type { AnnualReportFigures } from "@/domain/organisations/annual-report";
import { resolveCommune, type CommuneData } from "./communes";
import {
  ORG_TYPE_CHOICES,
  LEVEL_BY_KEY,
  RATING_CHOICES,
  SECTOR_BY_KEY,
  SECTOR_CHOICES,
  STATUS_BY_KEY,
  STATUS_CHOICES,
  YES_NO_CHOICES,
  ORGANISATION_YEAR_COLUMNS,
  displayValue,
  invert,
  type RatingKey,
  type StatusKey,
} from "./columns";
import { columnName, type ImportIssue } from "./issues";
import { rowChecks } from "./row-checks";
import type { MappedRecord } from "./table";
import {
  MONEY_HINT,
  cellText,
  labelAliases,
  parseCount,
  parseEnum,
  parseScore,
  parseWholeNumber,
  parseYear,
} from "./values";

export type OrgYearRow = {
  row: number;
  code: string;
  type: OrgType;
  name: string;
  commune: CommuneData;
  /** The column the user filled to name the commune (messages point at it). */
  communeColumn: "ma_xa" | "ten_xa";
  /** The name as written, when it was shared by several units and the year decided. */
  communeByDate: string | null;
  sector: Sector;
  status: OrgStatus;
  year: number;
  report: AnnualReportFigures;
  /** null: both xep_loai and diem_danh_gia empty, the rating is left as it is. */
  rating: { key: RatingKey | null; score: string | null } | null;
  /** null: empty cell, left as it is. */
  linkage: boolean | null;
  highTech: boolean | null;
  digital: boolean | null;
};

const STATUS_KEY_BY_STATUS = invert(STATUS_BY_KEY);
// The statuses' short labels (lists and charts) and older wordings; the full labels are
// the column's choices.
const STATUS_ALIASES: Record<string, StatusKey> = {
  ...labelAliases(
    Object.fromEntries(Object.entries(ORG_STATUS_SHORT).map(([s, l]) => [l, STATUS_KEY_BY_STATUS[s as OrgStatus]])),
  ),
  ...labelAliases({ "Đã chấm dứt hoạt động": "da_cham_dut", "Tạm ngừng kinh doanh": "tam_ngung" }),
};

const RATING_COLUMN = ORGANISATION_YEAR_COLUMNS.find((c) => c.key === "xep_loai")!;

export const MAX_CODE_LENGTH = 50;
export const MAX_NAME_LENGTH = 200;

export type OrgRowContext = {
  communes: readonly CommuneData[];
  minYear: number;
  maxYear: number;
  /** The commune of an existing organisation with this code, preferred among same-named communes. */
  existingCommuneId?: (code: string) => number | null | undefined;
  /** The level of a score under the thresholds in force (scheme by sector), so that a
   *  disagreeing xep_loai is reported even when other cells of the row are wrong. */
  levelForScore?: (score: number, year: number, sector: Sector) => RatingLevel | null;
};

export function parseOrganisationYear(
  rec: MappedRecord,
  ctx: OrgRowContext,
): { value: OrgYearRow | null; issues: ImportIssue[] } {
  const { issues, issue, blank, required, optional } = rowChecks(rec);
  const v = rec.values;

  const code = cellText(v.ma_to_chuc);
  if (!code) blank("ma_to_chuc");
  else if (code.length > MAX_CODE_LENGTH || /\s/.test(code)) {
    issue("ma_to_chuc", `mã không được có khoảng trắng và tối đa ${MAX_CODE_LENGTH} ký tự`);
  }
  const type = required("loai_hinh", () => parseEnum(v.loai_hinh, ORG_TYPE_CHOICES));
  const name = cellText(v.ten);
  if (!name) blank("ten");
  else if (name.length > MAX_NAME_LENGTH) issue("ten", `tối đa ${MAX_NAME_LENGTH} ký tự`);
  const sectorKey = required("linh_vuc", () => parseEnum(v.linh_vuc, SECTOR_CHOICES));
  const statusKey = required("trang_thai", () => parseEnum(v.trang_thai, STATUS_CHOICES, STATUS_ALIASES));
  const year = required("nam", () => parseYear(v.nam, ctx.minYear, ctx.maxYear));

  const commune = resolveCommune(cellText(v.ma_xa), cellText(v.ten_xa), ctx.communes, {
    refDate: new Date(Date.UTC(year ?? ctx.maxYear, 11, 31)),
    preferredId: code ? ctx.existingCommuneId?.(code) : null,
  });
  if (!commune.ok) issue(commune.column, commune.message);

  const count = (column: string) => optional(column, () => parseCount(v[column]));
  const money = (column: string, allowNegative = false) =>
    optional(column, () => parseWholeNumber(v[column], { hint: MONEY_HINT, allowNegative }));
  const memberCount = count("so_thanh_vien");
  const officialMemberCount = count("so_thanh_vien_chinh_thuc");
  const employeeCount = count("so_lao_dong");
  if (typeof memberCount === "number" && typeof officialMemberCount === "number" && officialMemberCount > memberCount) {
    issue("so_thanh_vien_chinh_thuc", `không được lớn hơn số thành viên (${memberCount})`);
  }
  const charterCapital = money("von_dieu_le");
  const totalAssets = money("tong_tai_san");
  const revenue = money("doanh_thu");
  const profit = money("loi_nhuan", true);
  const avgMemberIncome = money("thu_nhap_binh_quan");

  const yesNo = (column: string) => {
    const r = optional(column, () => parseEnum(v[column], YES_NO_CHOICES));
    return r === undefined ? undefined : r === null ? null : r === "co";
  };
  const linkage = yesNo("lien_ket_chuoi");
  const highTech = yesNo("ung_dung_cnc");
  const digital = yesNo("chuyen_doi_so");
  const effective = yesNo("hoat_dong_hieu_qua");
  if (type && type !== "THT" && effective !== null && effective !== undefined) {
    issue(
      "hoat_dong_hieu_qua",
      `chỉ dùng cho tổ hợp tác (THT); hợp tác xã được đánh giá qua cột ${columnName("xep_loai")}`,
    );
  }

  const ratingKey = optional("xep_loai", () => parseEnum(v.xep_loai, RATING_CHOICES));
  const score = optional("diem_danh_gia", () => parseScore(v.diem_danh_gia));
  if (type === "THT" && (ratingKey || score)) {
    issue(
      ratingKey ? "xep_loai" : "diem_danh_gia",
      `tổ hợp tác không xếp loại theo Thông tư 01/2020; để trống và dùng cột ${columnName("hoat_dong_hieu_qua")}`,
    );
  }
  if (score && (ratingKey === "chua_xep_loai" || ratingKey === "khong_xep_loai")) {
    issue(
      "diem_danh_gia",
      `có điểm thì không thể là “${displayValue(RATING_COLUMN, ratingKey)}”; xóa điểm hoặc ghi xếp loại theo điểm`,
    );
  }

  const givenLevel = ratingKey ? LEVEL_BY_KEY[ratingKey] : undefined;
  if (score && givenLevel && year && sectorKey && ctx.levelForScore) {
    const level = ctx.levelForScore(Number(score), year, SECTOR_BY_KEY[sectorKey]);
    if (level && level !== givenLevel) issues.push(ratingMismatch(rec.row, score, level));
  }

  if (issues.length > 0 || !type || !sectorKey || !statusKey || !year || !commune.ok) {
    return { value: null, issues };
  }
  return {
    value: {
      row: rec.row,
      code,
      type,
      name,
      commune: commune.commune,
      communeColumn: commune.column,
      communeByDate: commune.byDate ? cellText(commune.column === "ma_xa" ? v.ma_xa : v.ten_xa) : null,
      sector: SECTOR_BY_KEY[sectorKey],
      status: STATUS_BY_KEY[statusKey],
      year,
      report: {
        memberCount: memberCount ?? null,
        officialMemberCount: officialMemberCount ?? null,
        employeeCount: employeeCount ?? null,
        charterCapital: charterCapital ?? null,
        totalAssets: totalAssets ?? null,
        revenue: revenue ?? null,
        profit: profit ?? null,
        avgMemberIncome: avgMemberIncome ?? null,
        effective: effective ?? null,
      },
      rating: ratingKey || score ? { key: ratingKey ?? null, score: score ?? null } : null,
      linkage: linkage ?? null,
      highTech: highTech ?? null,
      digital: digital ?? null,
    },
    issues,
  };
}

/** "Dòng 7, cột xep_loai: không khớp với điểm 72,5: theo ngưỡng đang áp dụng là Khá (kha)". */
export function ratingMismatch(row: number, score: string, level: RatingLevel): ImportIssue {
  const key = Object.entries(LEVEL_BY_KEY).find(([, l]) => l === level)![0];
  return {
    row,
    column: "xep_loai",
    message: `không khớp với điểm ${formatNumber(Number(score))}: theo ngưỡng đang áp dụng là ${RATING_LEVEL_LABELS[level]} (${key})`,
  };
}
