"use server";
import { defineAction } from "@/server/actions/define-action";
import { updateWithVersion } from "@/server/db/optimistic";
import { assertPeriodOpen } from "@/server/approval/year-lock";
import { isoDay } from "@/domain/time/vietnam";
import { assertCanSaveOwned } from "../owned-record";
import { saveLinkageSchema } from "./save-linkage.validation";

const snapshot = (l: {
  organisationId: number;
  partnerName: string;
  role: string;
  product: string;
  areaHa: { toString(): string } | null;
  contractRef: string | null;
  validFrom: Date;
  validTo: Date | null;
}) => ({
  organisationId: l.organisationId,
  partnerName: l.partnerName,
  role: l.role,
  product: l.product,
  areaHa: l.areaHa?.toString() ?? null,
  contractRef: l.contractRef,
  validFrom: isoDay(l.validFrom),
  validTo: isoDay(l.validTo),
});

/** Creates (no id) or edits a value-chain linkage. Locked when a year it covers is approved. */
export const saveLinkage = defineAction({
  name: "linkages.save",
  schema: saveLinkageSchema,
  authorize: (viewer, input, tx) => assertCanSaveOwned(viewer, tx, "valueChainLink", input),
  revalidate: (d: { organisationId: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/lien-ket`,
  ],
  async handler({ input, prisma, audit }) {
    const { id, version, ...data } = input;
    await assertPeriodOpen(prisma, input.organisationId, data.validFrom, data.validTo);
    if (id) {
      const before = await prisma.valueChainLink.findUniqueOrThrow({ where: { id } });
      await assertPeriodOpen(prisma, before.organisationId, before.validFrom, before.validTo);
      const after = await updateWithVersion(prisma, "valueChainLink", id, version!, data);
      await audit({
        action: "UPDATE",
        entity: "ValueChainLink",
        entityId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
      return { id, organisationId: input.organisationId };
    }
    const created = await prisma.valueChainLink.create({ data });
    await audit({ action: "CREATE", entity: "ValueChainLink", entityId: created.id, after: snapshot(created) });
    return { id: created.id, organisationId: input.organisationId };
  },
});
