"use server";
import { defineAction } from "../actions/define-action";
import { assertCanApprove, assertCanWriteCommune } from "../auth/permissions";
import { saveByKey } from "../db/save-by-key";
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
    const { areaUnitId, year } = input;
    const saved = await saveByKey(
      prisma,
      audit,
      "population",
      { areaUnitId, year },
      {
        version,
        data,
        snapshot: (p) => ({
          areaUnitId: p.areaUnitId,
          year: p.year,
          population: p.population,
          households: p.households,
          source: p.source,
        }),
      },
    );
    return { id: saved.id };
  },
});
