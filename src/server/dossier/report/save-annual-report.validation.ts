import { z } from "zod";
import {
  idField,
  optionalCountField,
  optionalMoneyField,
  optionalVersionField,
  triStateField,
  yearField,
} from "@/domain/entry/fields";

/** The yearly report of an organisation (one per organisation and year). */
export const saveAnnualReportSchema = z
  .object({
    organisationId: idField,
    year: yearField,
    /** Absent when the report does not exist yet. */
    version: optionalVersionField,
    memberCount: optionalCountField("số thành viên"),
    officialMemberCount: optionalCountField("số thành viên chính thức"),
    employeeCount: optionalCountField("số lao động"),
    charterCapital: optionalMoneyField("vốn điều lệ"),
    totalAssets: optionalMoneyField("tổng tài sản"),
    revenue: optionalMoneyField("doanh thu"),
    profit: optionalMoneyField("lợi nhuận", { allowNegative: true }),
    avgMemberIncome: optionalMoneyField("thu nhập bình quân"),
    effective: triStateField,
  })
  .superRefine((v, ctx) => {
    if (v.memberCount !== null && v.officialMemberCount !== null && v.officialMemberCount > v.memberCount) {
      ctx.addIssue({
        code: "custom",
        path: ["officialMemberCount"],
        message: "Số thành viên chính thức không được lớn hơn tổng số thành viên",
      });
    }
  });
