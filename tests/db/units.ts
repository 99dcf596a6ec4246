// Reference communes by name, not by code: official codes are reused across the 2025
// arrangement (the new xã Vĩnh Bình kept 28651 of the old thị trấn), so a code alone does
// not name one unit. "old": before 01/07/2025, "new": from then.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { NEW_UNITS_VALID_FROM } from "@/server/seed/reference";

type Db = PrismaClient | Prisma.TransactionClient;

export function communeWhere(name: string, era: "old" | "new" = "old"): Prisma.AreaUnitWhereInput {
  return {
    level: "COMMUNE",
    name,
    validFrom: era === "old" ? { lt: NEW_UNITS_VALID_FROM } : { gte: NEW_UNITS_VALID_FROM },
  };
}

export const findCommune = (db: Db, name: string, era: "old" | "new" = "old") =>
  db.areaUnit.findFirstOrThrow({ where: communeWhere(name, era) });

export const communeId = async (db: Db, name: string, era: "old" | "new" = "old") =>
  (await findCommune(db, name, era)).id;
