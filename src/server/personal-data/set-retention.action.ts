"use server";
import { defineAction } from "../actions/define-action";
import { assertCanAdminister } from "../auth/permissions";
import { saveSetting } from "../settings/save-setting";
import { setRetentionSchema } from "./personal-data.validation";
import { getRetentionYears, RETENTION_SETTING_KEY } from "./retention-setting";

/** How many years the data of people who left every organisation is kept (administrators). */
export const setRetention = defineAction({
  name: "personalData.setRetention",
  schema: setRetentionSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri/du-lieu-ca-nhan"],
  async handler({ input, prisma, audit }) {
    const before = await getRetentionYears(prisma);
    await saveSetting(prisma, audit, RETENTION_SETTING_KEY, { years: before }, { years: input.years });
    return { years: input.years };
  },
});
