import { z } from "zod";
import {
  issuingBodyField,
  narrativeField,
  placeField,
  reportIdField,
  reportVersionField,
  titleField,
} from "./report-fields";

/** The editable parts of a draft: its title block and the three narrative sections. */
export const updateReportSchema = z.object({
  id: reportIdField,
  version: reportVersionField,
  title: titleField,
  issuingBody: issuingBodyField,
  place: placeField,
  results: narrativeField,
  limitations: narrativeField,
  tasksAhead: narrativeField,
});
