import { z } from "zod";
import { reportIdField, reportVersionField } from "./report-fields";

export const publishReportSchema = z.object({ id: reportIdField, version: reportVersionField });
