import { z } from "zod";
import { dateField, idField, versionField } from "@/domain/entry/fields";

export const endMembershipSchema = z.object({ id: idField, version: versionField, leftOn: dateField("ngày ra") });
