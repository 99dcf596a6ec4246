import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { ORGANISATION_PAGE_SIZE, type OrganisationListFilters } from "@/domain/organisations/list-filters";
import { canRead } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";
import { LABELLED_UNIT_SELECT } from "../territory/labelled-unit";
import {
  countPendingByOrganisation,
  listOrganisationsWithPending,
  type PendingCounts,
} from "../approval/organisation-approval";

/** Organisations with changes not yet approved: not sent yet (UNSENT), or sent and
 *  waiting for the district (WAITING). */
export type PendingFilter = "UNSENT" | "WAITING";

/** One page of organisations matching the filters, with the total for paging, and each
 *  one's changes not yet approved (approval badges). `communeIds` narrows to those
 *  communes (a commune official's own) unless the filters name a commune. */
export async function listOrganisations(
  viewer: Viewer,
  prisma: PrismaClient,
  filters: OrganisationListFilters,
  options: { pending?: PendingFilter; communeIds?: readonly number[] } = {},
) {
  if (!canRead(viewer)) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  const pendingIds = options.pending
    ? await listOrganisationsWithPending(viewer, prisma, options.pending === "WAITING")
    : undefined;
  const where: Prisma.OrganisationWhereInput = {
    ...(filters.commune
      ? { communeId: filters.commune }
      : options.communeIds
        ? { communeId: { in: [...options.communeIds] } }
        : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.status ? { currentStatus: filters.status } : {}),
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(pendingIds ? { id: { in: pendingIds } } : {}),
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
        commune: { select: LABELLED_UNIT_SELECT },
        _count: { select: { memberships: { where: { leftOn: null } } } },
      },
    }),
  ]);
  const pending = await countPendingByOrganisation(
    viewer,
    prisma,
    rows.map((r) => r.id),
  );
  const none: PendingCounts = { waiting: 0, unsent: 0 };
  return {
    total,
    rows: rows.map((r) => ({ ...r, pending: pending.get(r.id) ?? none })),
    pageSize: ORGANISATION_PAGE_SIZE,
  };
}
