import { z } from "zod";
import { idField, passwordField, versionField } from "./user-fields";

export const resetUserPasswordSchema = z.object({
  id: idField,
  version: versionField,
  password: passwordField,
});

export type ResetUserPasswordInput = z.output<typeof resetUserPasswordSchema>;
