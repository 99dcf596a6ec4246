// The columns of a report that several reads share, as Prisma selects: its period (the
// list, the page, the previous report) and its editable text (the page, the edit, which
// compares them for the audit). Server only: Prisma's select shapes.
import type { z } from "zod";
import type { updateReportSchema } from "./update-report.validation";

export const REPORT_PERIOD_SELECT = { kind: true, periodType: true, year: true, periodNo: true, asOf: true } as const;

/** Every field a draft's editor may change (updateReportSchema less id and version). */
export const REPORT_TEXT_SELECT = {
  title: true,
  parentBody: true,
  issuingBody: true,
  place: true,
  documentNumber: true,
  recipients: true,
  signerAuthority: true,
  signerTitle: true,
  signerName: true,
  results: true,
  limitations: true,
  tasksAhead: true,
} as const satisfies Record<Exclude<keyof z.infer<typeof updateReportSchema>, "id" | "version">, true>;
