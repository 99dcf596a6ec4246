"use server";
// The letterhead is the administrator's: it names the body every new report is issued
// by, so every change is audited with the values before and after. Reports already
// created keep their own copy.
import { defineAction } from "@/server/actions/define-action";
import { assertCanAdminister } from "@/server/auth/permissions";
import { LETTERHEAD_SETTING_KEY, letterheadSchema } from "@/domain/reports/letterhead";
import { getLetterhead } from "./report-letterhead";
import { saveSetting } from "./save-setting";

export const setReportLetterhead = defineAction({
  name: "settings.setReportLetterhead",
  schema: letterheadSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri", "/quan-tri/the-thuc-bao-cao", "/bao-cao/tao-moi"],
  async handler({ input, prisma, audit }) {
    const before = await getLetterhead(prisma);
    await saveSetting(prisma, audit, LETTERHEAD_SETTING_KEY, before, input);
    return input;
  },
});
