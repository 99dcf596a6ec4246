import type { Prisma } from "@/generated/prisma/client";

/** The columns of a unit that labelWithSuccessor (src/domain/territory/unit-label.ts) reads. */
export const LABELLED_UNIT_SELECT = {
  id: true,
  kind: true,
  name: true,
  validTo: true,
  successorId: true,
  successor: { select: { id: true, kind: true, name: true, validTo: true, successorId: true } },
} as const satisfies Prisma.AreaUnitSelect;
