"use server";
import { defineAction } from "@/server/actions/define-action";
import { updateWithVersion } from "@/server/db/optimistic";
import { assertPeriodOpen } from "@/server/approval/year-lock";
import { isoDay } from "@/domain/time/vietnam";
import { assertCanSaveOwned } from "../owned-record";
import { saveHighTechSchema } from "./save-high-tech.validation";

const snapshot = (h: {
  organisationId: number;
  technologyType: string;
  description: string | null;
  evidence: string | null;
  validFrom: Date;
  validTo: Date | null;
}) => ({
  organisationId: h.organisationId,
  technologyType: h.technologyType,
  description: h.description,
  evidence: h.evidence,
  validFrom: isoDay(h.validFrom),
  validTo: isoDay(h.validTo),
});

/** Creates (no id) or edits a high-technology application. Locked when a year it covers is approved. */
export const saveHighTech = defineAction({
  name: "highTech.save",
  schema: saveHighTechSchema,
  authorize: (viewer, input, tx) => assertCanSaveOwned(viewer, tx, "highTechApplication", input),
  revalidate: (d: { organisationId: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/cong-nghe-cao`,
  ],
  async handler({ input, prisma, audit }) {
    const { id, version, ...data } = input;
    await assertPeriodOpen(prisma, input.organisationId, data.validFrom, data.validTo);
    if (id) {
      const before = await prisma.highTechApplication.findUniqueOrThrow({ where: { id } });
      await assertPeriodOpen(prisma, before.organisationId, before.validFrom, before.validTo);
      const after = await updateWithVersion(prisma, "highTechApplication", id, version!, data);
      await audit({
        action: "UPDATE",
        entity: "HighTechApplication",
        entityId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
      return { id, organisationId: input.organisationId };
    }
    const created = await prisma.highTechApplication.create({ data });
    await audit({ action: "CREATE", entity: "HighTechApplication", entityId: created.id, after: snapshot(created) });
    return { id: created.id, organisationId: input.organisationId };
  },
});
