import { z } from "zod";
import { checkboxField, idField, optionalIdField, optionalText, versionField } from "@/domain/entry/fields";

/** An administrator's correction of a unit: its code, successor and source (audited). */
export const updateAreaUnitSchema = z.object({
  id: idField,
  version: versionField,
  code: z
    .string({ error: "Hãy nhập mã đơn vị" })
    .trim()
    .regex(/^[0-9A-Z-]{2,10}$/, { error: "Mã gồm 2–10 chữ số hoặc chữ in hoa" }),
  successorId: optionalIdField,
  sourceRef: optionalText("căn cứ", 400),
  codeOfficial: checkboxField,
});
