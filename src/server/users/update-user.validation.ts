import { z } from "zod";
import {
  communeIdsField,
  fullNameField,
  idField,
  programmeChoiceField,
  requireCommunesForCommuneRole,
  roleField,
  versionField,
} from "@/domain/users/user-fields";

export const updateUserSchema = z
  .object({
    id: idField,
    version: versionField,
    fullName: fullNameField,
    role: roleField,
    communeIds: communeIdsField,
    programme: programmeChoiceField,
  })
  .superRefine(requireCommunesForCommuneRole);
