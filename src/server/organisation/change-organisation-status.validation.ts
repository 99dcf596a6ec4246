import { z } from "zod";
import { dateField, idField, optionalText, versionField } from "@/domain/entry/fields";
import { ORG_STATUS_VALUES } from "./organisation-fields";

export const changeOrganisationStatusSchema = z.object({
  id: idField,
  version: versionField,
  status: z.enum(ORG_STATUS_VALUES, { error: "Hãy chọn trạng thái" }),
  effectiveFrom: dateField("ngày hiệu lực"),
  decisionRef: optionalText("số quyết định, văn bản", 200),
  note: optionalText("ghi chú", 500),
});
