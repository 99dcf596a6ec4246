import type { PrismaClient } from "@/generated/prisma/client";
import { toIsoDate } from "@/domain/format/date";

export type ScopeUnit = {
  id: number;
  code: string;
  name: string;
  kind: string;
  validFrom: string;
  validTo: string | null;
  successorId: number | null;
};

/** The units of a named scope (old and new communes alike); all communes if the scope is missing. */
export async function getScopeUnits(
  prisma: PrismaClient,
  code: string,
): Promise<{ scopeName: string; units: ScopeUnit[] }> {
  const scope = await prisma.scope.findUnique({
    where: { code },
    include: { units: { include: { areaUnit: true } } },
  });
  const units = scope
    ? scope.units.map((u) => u.areaUnit)
    : await prisma.areaUnit.findMany({ where: { level: "COMMUNE" } });
  return {
    scopeName: scope?.name ?? "Tất cả đơn vị cấp xã",
    units: units
      .map((u) => ({
        id: u.id,
        code: u.code,
        name: u.name,
        kind: u.kind,
        validFrom: toIsoDate(u.validFrom),
        validTo: u.validTo ? toIsoDate(u.validTo) : null,
        successorId: u.successorId,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
  };
}
