// People already registered who may be the one being added: the same ID number (by its
// keyed hash), or the same name (case-insensitive), birth year and commune.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { hashIdNumber } from "./id-number-hash";

type Db = PrismaClient | Prisma.TransactionClient;

export type PersonMatch = {
  id: number;
  fullName: string;
  birthYear: number | null;
  idNumberTail: string | null;
  communeName: string | null;
  /** How it matched: the ID number, or name + birth year + commune. */
  by: "ID_NUMBER" | "NAME";
  organisations: string[];
};

export async function findMatchingPersons(
  db: Db,
  q: { fullName: string; birthYear: number | null; communeId: number | null; idNumber: string | null },
): Promise<PersonMatch[]> {
  const select = {
    id: true,
    fullName: true,
    birthYear: true,
    idNumberTail: true,
    commune: { select: { name: true } },
    memberships: { select: { organisation: { select: { name: true } } }, take: 5 },
  } as const;
  const out: PersonMatch[] = [];
  if (q.idNumber) {
    const p = await db.person.findUnique({ where: { idNumberHash: hashIdNumber(q.idNumber) }, select });
    if (p) out.push(toMatch(p, "ID_NUMBER"));
  }
  if (q.fullName.length >= 2) {
    const byName = await db.person.findMany({
      where: {
        fullName: { equals: q.fullName, mode: "insensitive" },
        ...(q.birthYear ? { birthYear: q.birthYear } : {}),
        ...(q.communeId ? { communeId: q.communeId } : {}),
        id: { notIn: out.map((p) => p.id) },
      },
      orderBy: { id: "asc" },
      take: 20,
      select,
    });
    out.push(...byName.map((p) => toMatch(p, "NAME")));
  }
  return out;
}

function toMatch(
  p: {
    id: number;
    fullName: string;
    birthYear: number | null;
    idNumberTail: string | null;
    commune: { name: string } | null;
    memberships: { organisation: { name: string } }[];
  },
  by: PersonMatch["by"],
): PersonMatch {
  return {
    id: p.id,
    fullName: p.fullName,
    birthYear: p.birthYear,
    idNumberTail: p.idNumberTail,
    communeName: p.commune?.name ?? null,
    by,
    organisations: [...new Set(p.memberships.map((m) => m.organisation.name))],
  };
}
