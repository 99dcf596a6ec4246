import { z } from "zod";
import { IMPORT_KINDS } from "@/domain/import/columns";
import { MAX_FILE_BYTES } from "./sheet-io";

/** At most this many issues travel back to the page (the count says how many there were). */
export const MAX_REPORTED_ISSUES = 1000;

export const importSpreadsheetSchema = z.object({
  kind: z.enum(IMPORT_KINDS as [string, ...string[]], { message: "Hãy chọn loại dữ liệu" }),
  file: z
    .instanceof(File, { message: "Hãy chọn tệp Excel (.xlsx) hoặc CSV" })
    .refine((f) => f.size > 0, "Tệp rỗng")
    .refine((f) => f.size <= MAX_FILE_BYTES, `Tệp lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MB; hãy chia nhỏ tệp`),
  /** Set after the preview listed the persons linked by name, birth year and commune. */
  confirmLinks: z
    .enum(["1", "on", "true"])
    .optional()
    .transform((v) => v !== undefined),
});
