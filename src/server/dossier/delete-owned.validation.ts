import { z } from "zod";
import { idField, versionField } from "@/domain/entry/fields";

/** Deleting a record: its id and the version the user saw. */
export const deleteRecordSchema = z.object({ id: idField, version: versionField });
