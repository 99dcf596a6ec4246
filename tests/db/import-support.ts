// Helpers of the import/export database tests: users, CSV files, table snapshots.
import Papa from "papaparse";
import type { PrismaClient } from "@/generated/prisma/client";
import { loadViewer } from "@/server/auth/session";
import type { Viewer } from "@/server/auth/viewer";

export async function makeViewer(
  prisma: PrismaClient,
  username: string,
  role: Viewer["role"],
  communeIds: number[] = [],
): Promise<Viewer> {
  const u = await prisma.user.create({
    data: {
      username,
      fullName: `Người dùng ${username}`,
      role,
      passwordHash: "x",
      scopes: { create: communeIds.map((areaUnitId) => ({ areaUnitId })) },
    },
  });
  return (await loadViewer(prisma, u.id))!;
}

/** A CSV file from rows of key → value (header row of the keys given). */
export function csvFile(
  keys: readonly string[],
  rows: ReadonlyArray<Record<string, string | number>>,
  name = "nhap.csv",
) {
  const text = Papa.unparse([keys as string[], ...rows.map((r) => keys.map((k) => r[k] ?? ""))]);
  return new File([text], name, { type: "text/csv" });
}

/** An organisation's own tables, which the organisations-by-year import writes. */
export const ORGANISATION_TABLES = [
  "Organisation",
  "OrgStatusChange",
  "AnnualReport",
  "Rating",
  "ValueChainLink",
  "HighTechApplication",
  "DigitalPractice",
] as const;

export const TABLES = [
  "AreaUnit",
  "Population",
  "Organisation",
  "OrgStatusChange",
  "Person",
  "Membership",
  "UnionMembership",
  "AnnualReport",
  "Rating",
  "RatingThreshold",
  "ValueChainLink",
  "HighTechApplication",
  "DigitalPractice",
  "SupportReceived",
  "User",
  "UserScope",
  "AuditLog",
] as const;

export async function countAll(prisma: PrismaClient): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const r = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${t}"`);
    out[t] = r[0].n;
  }
  return out;
}

/** Every row of the tables as JSON text, ordered by primary key: for "nothing changed" comparisons. */
export async function dumpTables(prisma: PrismaClient, tables: readonly string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows = await prisma.$queryRawUnsafe<{ j: string }[]>(
      `SELECT row_to_json(x)::text AS j FROM (SELECT * FROM "${t}" ORDER BY 1, 2) x`,
    );
    out[t] = rows.map((r) => r.j);
  }
  return out;
}
