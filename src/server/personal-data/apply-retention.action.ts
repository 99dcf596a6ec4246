"use server";
import { defineAction } from "../actions/define-action";
import { assertCanAdminister } from "../auth/permissions";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { AppError } from "../errors";
import { anonymisePersons, listRetentionCandidates } from "./anonymise";
import { applyRetentionSchema } from "./personal-data.validation";
import { getRetentionYears, retentionCutoff } from "./retention-setting";

/** Anonymises everyone past the retention period (administrators, after confirmation). */
export const applyRetention = defineAction({
  name: "personalData.applyRetention",
  schema: applyRetentionSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri/du-lieu-ca-nhan"],
  async handler({ prisma, audit }) {
    const years = await getRetentionYears(prisma);
    if (years === null) throw new AppError("INVALID", "Chưa đặt thời hạn lưu giữ; hãy đặt số năm trước");
    const cutoff = retentionCutoff(todayIsoInVietnam(), years);
    const ids = await listRetentionCandidates(prisma, new Date(`${cutoff}T00:00:00Z`));
    const count = await anonymisePersons(prisma, ids);
    await audit({
      action: "UPDATE",
      entity: "SystemSetting",
      entityId: "personalDataRetention",
      after: { applied: true, years, cutoff, anonymised: count },
    });
    return { count, cutoff };
  },
});
