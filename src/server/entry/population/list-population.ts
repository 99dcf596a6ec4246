import type { PrismaClient } from "@/generated/prisma/client";
import { canApprove, canWriteCommune } from "../../auth/permissions";
import type { Viewer } from "../../auth/viewer";
import { yearEnd, yearStart } from "../dates";

/** District and commune units existing during the year, with their population that year. */
export async function listPopulation(viewer: Viewer, prisma: PrismaClient, year: number) {
  const units = await prisma.areaUnit.findMany({
    where: {
      level: { in: ["DISTRICT", "COMMUNE"] },
      validFrom: { lte: yearEnd(year) },
      OR: [{ validTo: null }, { validTo: { gte: yearStart(year) } }],
    },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, level: true, populations: { where: { year } } },
  });
  return units.map((u) => {
    const p = u.populations[0];
    return {
      id: u.id,
      label: `${u.kind} ${u.name}`,
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
