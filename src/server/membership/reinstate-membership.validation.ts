import { z } from "zod";
import { idField, versionField } from "@/domain/entry/fields";

/** Undoing "Cho ra": the membership and the version "Cho ra" left it at. */
export const reinstateMembershipSchema = z.object({ id: idField, version: versionField });
