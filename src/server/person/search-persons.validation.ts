import { z } from "zod";
import { idField } from "@/domain/entry/fields";
import { birthYearField, idNumberField } from "./person-fields";

/** Looking for a person already registered before adding a member. */
export const searchPersonsSchema = z
  .object({
    organisationId: idField,
    fullName: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(150)),
    birthYear: birthYearField,
    idNumber: idNumberField,
  })
  .superRefine((v, ctx) => {
    if (!v.idNumber && v.fullName.length < 2)
      ctx.addIssue({ code: "custom", path: ["fullName"], message: "Hãy nhập họ tên hoặc số định danh để tìm" });
  });
