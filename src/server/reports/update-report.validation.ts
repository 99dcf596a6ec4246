import { z } from "zod";
import { formalFields, narrativeField, reportIdField, reportVersionField, titleField } from "./report-fields";

/** The editable parts of a draft: its title, its formal parts and the three narrative sections. */
export const updateReportSchema = z.object({
  id: reportIdField,
  version: reportVersionField,
  title: titleField,
  ...formalFields,
  results: narrativeField,
  limitations: narrativeField,
  tasksAhead: narrativeField,
});
