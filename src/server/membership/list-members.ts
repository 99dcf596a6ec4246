// An organisation's member register: names, birth years, ID digits (personal data). Seen
// by whoever may write in the organisation's commune (ADMIN, DISTRICT, the commune's own
// officials), and every page seen is in the personal-data access log (Law 91/2025/QH15).
import type { PrismaClient } from "@/generated/prisma/client";
import { formatInteger } from "@/domain/format/number";
import { isoDay } from "@/domain/time/vietnam";
import { assertCanWriteCommune } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";
import { recordPersonalDataAccess } from "../audit/personal-data-access";

export const MEMBERS_PAGE_SIZE = 50;

/** A page of an organisation's register (current members first, then by name), logged. */
export async function listMembers(
  viewer: Viewer,
  prisma: PrismaClient,
  organisationId: number,
  page: number,
  ip: string | null = null,
) {
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { name: true, communeId: true },
  });
  if (!organisation) throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức");
  assertCanWriteCommune(viewer, organisation.communeId);
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
  // who saw whose personal data: the administrators' access log
  await recordPersonalDataAccess(
    prisma,
    viewer,
    {
      kind: "VIEW",
      what: `Sổ thành viên ${organisation.name}, trang ${page}`,
      organisationId,
      persons: rows.length,
    },
    ip,
  );
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
