// The allocation form: the programme, the target and one field a unit ("giao_<id>"),
// read against the target's unit in the action (a count or a share).
import { z } from "zod";
import { programmeCode } from "@/domain/dashboard/filters";

export const saveAllocationsSchema = z
  .object({
    programme: programmeCode,
    code: z
      .string({ error: "Chỉ tiêu không hợp lệ" })
      .regex(/^[A-Z][A-Z0-9_]{1,39}$/, { error: "Chỉ tiêu không hợp lệ" }),
  })
  .catchall(z.unknown());
