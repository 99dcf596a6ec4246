import type { PrismaClient } from "@/generated/prisma/client";
import { canApprove, canWriteCommune } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { yearEnd, yearStart } from "@/domain/time/vietnam";
import { compareVietnamese } from "@/domain/format/collate";
import { unitLabel } from "@/domain/territory/unit-label";

/** District and commune units existing during the year, with their population that year. */
export async function listPopulation(viewer: Viewer, prisma: PrismaClient, year: number) {
  const units = await prisma.areaUnit.findMany({
    where: {
      level: { in: ["DISTRICT", "COMMUNE"] },
      validFrom: { lte: yearEnd(year) },
      OR: [{ validTo: null }, { validTo: { gte: yearStart(year) } }],
    },
    select: {
      id: true,
      name: true,
      kind: true,
      level: true,
      validTo: true,
      successorId: true,
      successor: { select: { id: true, name: true, kind: true, validTo: true, successorId: true } },
      populations: { where: { year } },
    },
  });
  // the district first; then current communes; then dissolved ones, marked with where they
  // count today (in 2025 the old and the new "Long Bình" both existed), Vietnamese order
  units.sort(
    (a, b) =>
      Number(a.level === "COMMUNE") - Number(b.level === "COMMUNE") ||
      Number(a.validTo !== null) - Number(b.validTo !== null) ||
      compareVietnamese(a.name, b.name),
  );
  return units.map((u) => {
    const p = u.populations[0];
    return {
      id: u.id,
      label: unitLabel(u, new Map(u.successor ? [[u.successor.id, u.successor]] : [])),
      level: u.level,
      canWrite: u.level === "COMMUNE" ? canWriteCommune(viewer, u.id) : canApprove(viewer),
      population: p?.population ?? null,
      households: p?.households ?? null,
      source: p?.source ?? null,
      version: p?.version ?? null,
    };
  });
}

export type PopulationRow = Awaited<ReturnType<typeof listPopulation>>[number];
