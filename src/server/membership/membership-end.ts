// Ending a membership ("Cho ra") and its undo change one thing, the end date: one write
// and one audit row for both.
import type { Membership, Prisma } from "@/generated/prisma/client";
import { isoDay } from "@/domain/time/vietnam";
import type { AuditInput } from "../audit/record-audit";
import { updateWithVersion } from "../db/optimistic";

/** The pages that show an organisation's members. */
export const memberPages = (d: { organisationId: number }) => [
  `/to-chuc/${d.organisationId}`,
  `/to-chuc/${d.organisationId}/thanh-vien`,
];

/** Sets the end date (null: the membership runs on) at the version the user saw, once
 *  `check` accepted the change against the membership as it is. */
export async function setMembershipEnd(
  tx: Prisma.TransactionClient,
  audit: (entry: AuditInput) => Promise<void>,
  input: { id: number; version: number },
  leftOn: Date | null,
  check: (before: Membership) => void,
) {
  const before = await tx.membership.findUniqueOrThrow({ where: { id: input.id } });
  check(before);
  const after = await updateWithVersion(tx, "membership", input.id, input.version, { leftOn });
  await audit({
    action: "UPDATE",
    entity: "Membership",
    entityId: input.id,
    before: { leftOn: isoDay(before.leftOn) },
    after: { leftOn: isoDay(leftOn) },
  });
  return { before, after };
}
