// Everything the system holds about one person, for a data subject's request (access,
// portability): the person, every membership with its organisation, and the history of
// changes recorded about them. Administrators only; each read is logged.
import type { PrismaClient } from "@/generated/prisma/client";
import { assertCanAdminister } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";
import { recordPersonalDataAccess } from "../audit/personal-data-access";

export async function getPersonRecord(viewer: Viewer, prisma: PrismaClient, personId: number) {
  assertCanAdminister(viewer);
  const person = await prisma.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      kind: true,
      fullName: true,
      birthYear: true,
      gender: true,
      ethnicity: true,
      idNumberTail: true,
      anonymisedAt: true,
      createdAt: true,
      updatedAt: true,
      version: true,
      commune: { select: { name: true, kind: true } },
      memberships: {
        orderBy: { joinedOn: "asc" },
        select: {
          id: true,
          memberType: true,
          joinedOn: true,
          leftOn: true,
          capitalContributed: true,
          organisation: {
            select: { id: true, code: true, name: true, type: true, commune: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!person) throw new AppError("NOT_FOUND", "Không tìm thấy người này");
  const history = await prisma.auditLog.findMany({
    where: {
      OR: [
        { entity: "Person", entityId: String(personId) },
        { entity: "Membership", entityId: { in: person.memberships.map((m) => String(m.id)) } },
        { entity: "PersonalData", entityId: `person:${personId}` },
      ],
    },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { at: true, actor: true, action: true, entity: true, before: true, after: true },
  });
  return { person, history, hasIdNumber: person.idNumberTail !== null };
}

/**
 * Persons matching a name or an id, for the administrator's search (at most 50). Each
 * search is logged (how many people it showed, not what was typed).
 */
export async function findPersons(viewer: Viewer, prisma: PrismaClient, query: string, ip: string | null = null) {
  assertCanAdminister(viewer);
  const q = query.trim().slice(0, 100);
  if (!q) return [];
  const id = /^\d{1,9}$/.test(q) ? Number(q) : null;
  const found = await prisma.person.findMany({
    where: id !== null ? { id } : { fullName: { contains: q, mode: "insensitive" } },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      fullName: true,
      birthYear: true,
      anonymisedAt: true,
      _count: { select: { memberships: true } },
    },
  });
  await recordPersonalDataAccess(
    prisma,
    viewer,
    { kind: "VIEW", what: `Tìm người theo yêu cầu: ${found.length} kết quả`, persons: found.length },
    ip,
  );
  return found;
}
