import { z } from "zod";
import { idField, passwordField, versionField } from "@/domain/users/user-fields";

export const resetUserPasswordSchema = z.object({
  id: idField,
  version: versionField,
  password: passwordField,
});
