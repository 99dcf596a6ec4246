import { z } from "zod";
import {
  dateField,
  idField,
  optionalDateField,
  optionalIdField,
  optionalVersionField,
  versionField,
} from "@/domain/entry/fields";

/** Deleting a record: its id and the version the user saw. */
export const deleteRecordSchema = z.object({ id: idField, version: versionField });

const owned = { id: optionalIdField, version: optionalVersionField, organisationId: idField };

/** A record of a period: from validFrom to validTo (open when empty). */
export const periodFields = { validFrom: dateField("ngày bắt đầu"), validTo: optionalDateField("ngày kết thúc") };

type Checked = { id?: number | null; version?: number | null; validFrom?: Date; validTo?: Date | null };

/** Saving a record an organisation owns: no id for a new one, its id and the version the
 *  user saw for an edit. A period (periodFields) may not end before it starts. */
export const saveOwnedSchema = <T extends z.ZodRawShape>(fields: T) =>
  z.object({ ...owned, ...fields }).superRefine((value, ctx) => {
    const v = value as Checked;
    if (v.validFrom && v.validTo && v.validTo < v.validFrom)
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "Ngày kết thúc không được trước ngày bắt đầu" });
    if (v.id && !v.version) ctx.addIssue({ code: "custom", path: ["version"], message: "Thiếu phiên bản bản ghi" });
  });
