"use server";
import { defineAction } from "../actions/define-action";
import { assertCanApprove, assertCanWriteCommune } from "../auth/permissions";
import { conflictMessage, updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { savePopulationSchema } from "./save-population.validation";
import { assertUnitExistsInYear } from "../territory/unit-validity";

/**
 * Creates or updates the population of a unit for a year. A commune's figure: whoever
 * may write in that commune; the district's (or province's) figure: district staff and
 * administrators only. The unit's level is read from the database.
 */
export const savePopulation = defineAction({
  name: "population.save",
  schema: savePopulationSchema,
  async authorize(viewer, input, tx) {
    const unit = await tx.areaUnit.findUnique({ where: { id: input.areaUnitId }, select: { level: true } });
    if (!unit) throw new AppError("INVALID", "Đơn vị hành chính không hợp lệ", { areaUnitId: ["Đơn vị không hợp lệ"] });
    if (unit.level === "COMMUNE") assertCanWriteCommune(viewer, input.areaUnitId);
    else assertCanApprove(viewer);
  },
  revalidate: ["/dan-so"],
  async handler({ input, prisma, audit }) {
    const { version, ...data } = input;
    // A commune's population for a year it did not exist in at all is refused.
    await assertUnitExistsInYear(prisma, input.areaUnitId, input.year, "areaUnitId", `số dân năm ${input.year}`);
    if (data.households !== null && data.households > data.population) {
      const msg = "Số hộ không được lớn hơn dân số";
      throw new AppError("INVALID", msg, { households: [msg] });
    }
    const existing = await prisma.population.findUnique({
      where: { areaUnitId_year: { areaUnitId: input.areaUnitId, year: input.year } },
    });
    const snap = (p: {
      areaUnitId: number;
      year: number;
      population: number;
      households: number | null;
      source: string | null;
    }) => ({
      areaUnitId: p.areaUnitId,
      year: p.year,
      population: p.population,
      households: p.households,
      source: p.source,
    });
    if (existing) {
      if (version === undefined)
        throw new AppError("CONFLICT", await conflictMessage(prisma, "Population", existing.id));
      const after = await updateWithVersion(prisma, "population", existing.id, version, data);
      await audit({
        action: "UPDATE",
        entity: "Population",
        entityId: existing.id,
        before: snap(existing),
        after: snap(after),
      });
      return { id: existing.id };
    }
    const created = await prisma.population.create({ data });
    await audit({ action: "CREATE", entity: "Population", entityId: created.id, after: snap(created) });
    return { id: created.id };
  },
});
