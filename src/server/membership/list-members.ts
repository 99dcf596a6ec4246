import type { PrismaClient } from "@/generated/prisma/client";
import { formatInteger } from "@/domain/format/number";
import { isoDay } from "@/domain/time/vietnam";

export const MEMBERS_PAGE_SIZE = 50;

/** A page of an organisation's register: current members first, then by name. */
export async function listMembers(prisma: PrismaClient, organisationId: number, page: number) {
  const where = { organisationId };
  const [total, active, rows] = await Promise.all([
    prisma.membership.count({ where }),
    prisma.membership.count({ where: { organisationId, leftOn: null } }),
    prisma.membership.findMany({
      where,
      orderBy: [{ leftOn: { sort: "desc", nulls: "first" } }, { person: { fullName: "asc" } }, { id: "asc" }],
      skip: (page - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: {
        id: true,
        version: true,
        memberType: true,
        joinedOn: true,
        leftOn: true,
        capitalContributed: true,
        person: { select: { id: true, fullName: true, birthYear: true, kind: true, idNumberTail: true } },
      },
    }),
  ]);
  return {
    total,
    active,
    pages: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)),
    rows: rows.map((m) => ({
      ...m,
      joinedOn: isoDay(m.joinedOn)!,
      leftOn: isoDay(m.leftOn),
      capitalContributed: formatInteger(m.capitalContributed),
    })),
  };
}
