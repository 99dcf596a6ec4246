import { z } from "zod";
import { idField, versionField } from "@/domain/entry/fields";

export const followSuccessionSchema = z.object({ id: idField, version: versionField });
