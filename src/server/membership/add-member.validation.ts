import { z } from "zod";
import { dateField, idField, optionalDateField, optionalMoneyField } from "@/domain/entry/fields";
import {
  birthYearField,
  GENDER_VALUES,
  idNumberField,
  MEMBER_KIND_VALUES,
  MEMBER_TYPE_VALUES,
  personNameField,
} from "../person/person-fields";

/**
 * Adding a member. `personChoice`: the id of a person found by the search ("link the
 * existing person"), "new" to create a new person although similar ones exist, or
 * empty (no search done: the server still links a person with the same ID number and
 * refuses to create a likely duplicate by name, birth year and commune).
 */
export const addMemberSchema = z
  .object({
    organisationId: idField,
    personChoice: z.preprocess(
      (v) => (v === undefined || v === null ? "" : v),
      z.string().regex(/^(|new|[1-9]\d{0,9})$/, { error: "Lựa chọn người không hợp lệ" }),
    ),
    fullName: personNameField,
    birthYear: birthYearField,
    gender: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.enum(GENDER_VALUES, { error: "Giới tính không hợp lệ" }).nullable(),
    ),
    kind: z.enum(MEMBER_KIND_VALUES, { error: "Hãy chọn đối tượng thành viên" }).default("INDIVIDUAL"),
    idNumber: idNumberField,
    memberType: z.enum(MEMBER_TYPE_VALUES, { error: "Hãy chọn loại thành viên" }),
    joinedOn: dateField("ngày vào"),
    leftOn: optionalDateField("ngày ra"),
    capitalContributed: optionalMoneyField("vốn góp"),
  })
  .superRefine((v, ctx) => {
    if (v.leftOn && v.leftOn < v.joinedOn)
      ctx.addIssue({ code: "custom", path: ["leftOn"], message: "Ngày ra không được trước ngày vào" });
    if (v.memberType === "ASSOCIATE_NO_CAPITAL" && v.capitalContributed && v.capitalContributed > 0n)
      ctx.addIssue({
        code: "custom",
        path: ["capitalContributed"],
        message: "Thành viên liên kết không góp vốn thì vốn góp phải bằng 0",
      });
  });
