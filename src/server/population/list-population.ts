import type { PrismaClient } from "@/generated/prisma/client";
import { canApprove, canWriteCommune } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { yearEnd, yearStart } from "@/domain/time/vietnam";
import { compareVietnamese } from "@/domain/format/collate";
import { labelWithSuccessor } from "@/domain/territory/unit-label";
import { LABELLED_UNIT_SELECT } from "../territory/labelled-unit";

/** District and commune units existing during the year, with their population that year. */
export async function listPopulation(viewer: Viewer, prisma: PrismaClient, year: number) {
  const units = await prisma.areaUnit.findMany({
    where: {
      level: { in: ["DISTRICT", "COMMUNE"] },
      validFrom: { lte: yearEnd(year) },
      OR: [{ validTo: null }, { validTo: { gte: yearStart(year) } }],
    },
    select: { ...LABELLED_UNIT_SELECT, level: true, populations: { where: { year } } },
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
      label: labelWithSuccessor(u),
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
