import { z } from "zod";
import { idField, versionField } from "@/domain/users/user-fields";

export const setUserDisabledSchema = z.object({
  id: idField,
  version: versionField,
  disabled: z.preprocess(
    (v) => (v === "true" ? true : v === "false" ? false : v),
    z.boolean({ error: "Thao tác không hợp lệ" }),
  ),
});
