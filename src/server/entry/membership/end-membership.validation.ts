import { z } from "zod";
import { dateField, idField, versionField } from "../entry-fields";

export const endMembershipSchema = z.object({ id: idField, version: versionField, leftOn: dateField("ngày ra") });
