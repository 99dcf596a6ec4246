"use server";
// The letterhead is the administrator's: it names the body every new report is issued
// by, so every change is audited with the values before and after. Reports already
// created keep their own copy.
import { defineAction } from "@/server/actions/define-action";
import { assertCanAdminister } from "@/server/auth/permissions";
import { LETTERHEAD_SETTING_KEY, letterheadSchema } from "@/domain/reports/letterhead";
import { getLetterhead } from "./report-letterhead";

export const setReportLetterhead = defineAction({
  name: "settings.setReportLetterhead",
  schema: letterheadSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri", "/quan-tri/the-thuc-bao-cao", "/bao-cao/tao-moi"],
  async handler({ input, prisma, audit }) {
    const before = await getLetterhead(prisma);
    await prisma.systemSetting.upsert({
      where: { key: LETTERHEAD_SETTING_KEY },
      create: { key: LETTERHEAD_SETTING_KEY, value: input },
      update: { value: input },
    });
    await audit({ action: "UPDATE", entity: "SystemSetting", entityId: LETTERHEAD_SETTING_KEY, before, after: input });
    return input;
  },
});
