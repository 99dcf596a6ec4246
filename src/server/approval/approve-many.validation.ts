// Approving several clean submissions together: each item names the dossier and carries
// the version and the fingerprint of the changes the reviewer was shown, as one approval
// does (approval.validation.ts). From a form: checkboxes "items" valued
// "organisationId:year:version:seen".
import { z } from "zod";
import { idField, optionalText, versionField, yearField } from "@/domain/entry/fields";

const item = z.object({
  organisationId: idField,
  year: yearField,
  version: versionField,
  seen: z
    .string({ error: "Thiếu dấu vết nội dung đã xem; hãy tải lại trang" })
    .trim()
    .regex(/^[0-9a-f]{16}$/, { error: "Thiếu dấu vết nội dung đã xem; hãy tải lại trang" }),
});

/** An object, or a checkbox's "organisationId:year:version:seen". */
const itemOrCheckbox = z.preprocess((v) => {
  if (typeof v !== "string") return v;
  const [organisationId, year, version, seen] = v.slice(0, 200).split(":");
  return { organisationId, year, version, seen };
}, item);

export const MAX_APPROVE_MANY = 200;

export const approveManySchema = z.object({
  items: z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(itemOrCheckbox, { error: "Hãy chọn ít nhất một hồ sơ" })
      .min(1, { error: "Hãy chọn ít nhất một hồ sơ" })
      .max(MAX_APPROVE_MANY, { error: `Mỗi lần duyệt tối đa ${MAX_APPROVE_MANY} hồ sơ` })
      .refine((xs) => new Set(xs.map((x) => `${x.organisationId}:${x.year}`)).size === xs.length, {
        error: "Một hồ sơ được chọn hai lần; hãy tải lại trang",
      }),
  ),
  comment: optionalText("ý kiến", 1000),
});
