import { z } from "zod";
import {
  communeIdsField,
  fullNameField,
  passwordField,
  requireCommunesForCommuneRole,
  roleField,
  usernameField,
} from "@/domain/users/user-fields";

export const createUserSchema = z
  .object({
    username: usernameField,
    fullName: fullNameField,
    role: roleField,
    communeIds: communeIdsField,
    password: passwordField,
  })
  .superRefine(requireCommunesForCommuneRole);
