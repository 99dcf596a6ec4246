"use server";
import { defineAction } from "@/server/actions/define-action";
import { updateWithVersion } from "@/server/db/optimistic";
import { assertYearOpen } from "@/server/approval/year-lock";
import { assertCanSaveOwned } from "../owned-record";
import { saveSupportSchema } from "./save-support.validation";

const snapshot = (s: {
  organisationId: number;
  policyArea: string;
  year: number;
  amount: bigint;
  note: string | null;
}) => ({
  organisationId: s.organisationId,
  policyArea: s.policyArea,
  year: s.year,
  amount: s.amount,
  note: s.note,
});

/** Records (no id) or edits support received in a year; locked while that year is approved. */
export const saveSupport = defineAction({
  name: "supports.save",
  schema: saveSupportSchema,
  authorize: (viewer, input, tx) => assertCanSaveOwned(viewer, tx, "supportReceived", input),
  revalidate: (d: { organisationId: number; year: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/nam/${d.year}`,
  ],
  async handler({ input, prisma, audit }) {
    const { id, version, ...data } = input;
    await assertYearOpen(prisma, input.organisationId, input.year);
    if (id) {
      const before = await prisma.supportReceived.findUniqueOrThrow({ where: { id } });
      if (before.year !== input.year) await assertYearOpen(prisma, before.organisationId, before.year);
      const after = await updateWithVersion(prisma, "supportReceived", id, version!, data);
      await audit({
        action: "UPDATE",
        entity: "SupportReceived",
        entityId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
      return { id, organisationId: input.organisationId, year: input.year };
    }
    const created = await prisma.supportReceived.create({ data });
    await audit({ action: "CREATE", entity: "SupportReceived", entityId: created.id, after: snapshot(created) });
    return { id: created.id, organisationId: input.organisationId, year: input.year };
  },
});
