import type { PrismaClient, Prisma } from "@/generated/prisma/client";
import { ORGANISATION_PAGE_SIZE, type OrganisationListFilters } from "@/domain/organisations/list-filters";

/** One page of organisations matching the filters, with the total for paging. */
export async function listOrganisations(prisma: PrismaClient, filters: OrganisationListFilters) {
  const where: Prisma.OrganisationWhereInput = {
    ...(filters.commune ? { communeId: filters.commune } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.status ? { currentStatus: filters.status } : {}),
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(filters.q
      ? {
          OR: [
            { name: { contains: filters.q, mode: "insensitive" } },
            { code: { contains: filters.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.organisation.count({ where }),
    prisma.organisation.findMany({
      where,
      orderBy: [{ type: "asc" }, { name: "asc" }],
      skip: (filters.page - 1) * ORGANISATION_PAGE_SIZE,
      take: ORGANISATION_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        name: true,
        type: true,
        sector: true,
        currentStatus: true,
        foundedOn: true,
        commune: { select: { id: true, name: true, kind: true } },
        _count: { select: { memberships: { where: { leftOn: null } } } },
      },
    }),
  ]);
  return { total, rows, pageSize: ORGANISATION_PAGE_SIZE };
}
