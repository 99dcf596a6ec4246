// One row of a cooperative's member register. The ID number (so_dinh_danh) is checked
// here and handed to the importer only to be hashed: it is never stored.
import {
  GENDER_BY_KEY,
  GENDER_CHOICES,
  MEMBER_KIND_BY_KEY,
  MEMBER_KIND_CHOICES,
  MEMBER_TYPE_BY_KEY,
  MEMBER_TYPE_CHOICES,
} from "./columns";
import type { ImportIssue } from "./issues";
import { rowChecks } from "./row-checks";
import type { MappedRecord } from "./table";
import {
  MONEY_HINT,
  cellText,
  isBlank,
  parseDate,
  parseEnum,
  parseWholeNumber,
  parseYear,
  type Parsed,
} from "./values";

export type MemberRow = {
  row: number;
  orgCode: string;
  fullName: string;
  birthYear: number | null;
  gender: (typeof GENDER_BY_KEY)[keyof typeof GENDER_BY_KEY] | null;
  /** Digits only; to be hashed, never stored. */
  idNumber: string | null;
  kind: (typeof MEMBER_KIND_BY_KEY)[keyof typeof MEMBER_KIND_BY_KEY];
  memberType: (typeof MEMBER_TYPE_BY_KEY)[keyof typeof MEMBER_TYPE_BY_KEY];
  joinedOn: Date;
  capital: bigint;
};

/** CMND (9 digits), CCCD/personal ID (12), tax codes of legal entities (10 or 13). */
export function normaliseIdNumber(text: string): Parsed<string> {
  const digits = text.replace(/[\s.-]/g, "");
  if (!/^(\d{9}|\d{10}|\d{12}|\d{13})$/.test(digits)) {
    return { ok: false, message: "phải gồm 9, 10, 12 hoặc 13 chữ số (CMND, CCCD hoặc mã số thuế)" };
  }
  return { ok: true, value: digits };
}

export function parseMemberRow(
  rec: MappedRecord,
  ctx: { today: Date },
): { value: MemberRow | null; issues: ImportIssue[] } {
  const { issues, issue, blank, take, required, optional } = rowChecks(rec);
  const v = rec.values;
  const orgCode = cellText(v.ma_to_chuc);
  if (!orgCode) blank("ma_to_chuc");
  const fullName = cellText(v.ho_ten).replace(/\s+/g, " ");
  if (!fullName) blank("ho_ten");
  else if (fullName.length > 200) issue("ho_ten", "tối đa 200 ký tự");
  const thisYear = ctx.today.getUTCFullYear();
  const birthYear = optional("nam_sinh", () => parseYear(v.nam_sinh, 1900, thisYear));
  const gender = optional("gioi_tinh", () => parseEnum(v.gioi_tinh, GENDER_CHOICES));
  const idNumber = optional("so_dinh_danh", () => normaliseIdNumber(cellText(v.so_dinh_danh)));
  const kind = required("doi_tuong", () => parseEnum(v.doi_tuong, MEMBER_KIND_CHOICES));
  const memberType = required("loai_thanh_vien", () => parseEnum(v.loai_thanh_vien, MEMBER_TYPE_CHOICES));
  const joinedOn = required("ngay_vao", () => parseDate(v.ngay_vao));
  if (joinedOn && joinedOn.getTime() > ctx.today.getTime()) issue("ngay_vao", "không được sau ngày hôm nay");
  const capital = isBlank(v.von_gop) ? 0n : take("von_gop", parseWholeNumber(v.von_gop, { hint: MONEY_HINT }));
  if (memberType === "lien_ket_khong_gop_von" && typeof capital === "bigint" && capital > 0n) {
    issue("von_gop", "thành viên liên kết không góp vốn thì vốn góp phải trống hoặc 0");
  }
  if (
    issues.length ||
    !orgCode ||
    !fullName ||
    birthYear === undefined ||
    gender === undefined ||
    idNumber === undefined ||
    !kind ||
    !memberType ||
    !joinedOn ||
    capital === undefined
  ) {
    return { value: null, issues };
  }
  return {
    value: {
      row: rec.row,
      orgCode,
      fullName,
      birthYear,
      gender: gender ? GENDER_BY_KEY[gender] : null,
      idNumber,
      kind: MEMBER_KIND_BY_KEY[kind],
      memberType: MEMBER_TYPE_BY_KEY[memberType],
      joinedOn,
      capital,
    },
    issues,
  };
}
