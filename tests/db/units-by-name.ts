// Units of the reference data by name and validity, not by code: codes are placeholders an
// administrator corrects (docs/domain.md), names and the 2025 merger are what tests mean.
import type { PrismaClient } from "@/generated/prisma/client";

/** The commune-level unit of that name in force today, or the dissolved one. */
export function communeNamed(prisma: PrismaClient, name: string, which: "current" | "dissolved") {
  return prisma.areaUnit.findFirstOrThrow({
    where: { level: "COMMUNE", name, validTo: which === "current" ? null : { not: null } },
  });
}
