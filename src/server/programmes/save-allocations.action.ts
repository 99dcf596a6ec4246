"use server";
// Allocates a programme's target to the units of its territory for the target's horizon
// year: one value a unit, a blank field removes that unit's allocation. All or nothing:
// one bad value and nothing is written, with the message beside that unit.
import type { PrismaClient } from "@/generated/prisma/client";
import { defineAction } from "@/server/actions/define-action";
import { assertCanAdminister } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { ALLOCATION_FIELD, allocationField, parseAllocation } from "@/domain/programmes/allocations";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { getProgramme } from "./get-programme";
import { getAllocationsOfTarget } from "./allocations";
import { saveAllocationsSchema } from "./save-allocations.validation";

export const saveAllocations = defineAction({
  name: "targets.allocate",
  schema: saveAllocationsSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri/chi-tieu", "/"],
  async handler({ input, prisma, audit }) {
    const programme = await getProgramme(prisma as unknown as PrismaClient, input.programme);
    if (!programme || programme.code !== input.programme) {
      throw new AppError("INVALID", "Chương trình không tồn tại", { programme: ["Chương trình không tồn tại"] });
    }
    const current = await getAllocationsOfTarget(prisma, programme, input.code, todayIsoInVietnam());
    if (!current)
      throw new AppError("INVALID", "Chỉ tiêu không hợp lệ", { code: ["Chương trình không có chỉ tiêu này"] });
    const known = new Set(current.units.map((u) => u.id));
    const errors: Record<string, string[]> = {};
    const wanted = new Map<number, number | null>();
    for (const [key, raw] of Object.entries(input)) {
      const m = ALLOCATION_FIELD.exec(key);
      if (!m) continue;
      const unitId = Number(m[1]);
      if (!known.has(unitId)) {
        errors[key] = ["Đơn vị này không thuộc địa bàn của chương trình"];
        continue;
      }
      const parsed = parseAllocation(typeof raw === "string" ? raw : "", current.target.unit);
      if (parsed.ok) wanted.set(unitId, parsed.value);
      else errors[key] = [parsed.message];
    }
    if (Object.keys(errors).length)
      throw new AppError("INVALID", "Có mức giao chưa hợp lệ, hãy sửa các ô được đánh dấu", errors);
    if (wanted.size === 0) {
      throw new AppError("INVALID", "Chưa có mức giao nào", {
        [allocationField(current.units[0]?.id ?? 0)]: ["Nhập mức giao"],
      });
    }

    const key = { programmeId: programme.id, targetCode: input.code, horizonYear: current.target.horizonYear };
    const before = Object.fromEntries(current.allocations.map((a) => [a.areaUnitId, a.value]));
    for (const [areaUnitId, value] of wanted) {
      if (value === null) {
        await prisma.targetAllocation.deleteMany({ where: { ...key, areaUnitId } });
      } else {
        await prisma.targetAllocation.upsert({
          where: { programmeId_targetCode_areaUnitId_horizonYear: { ...key, areaUnitId } },
          create: { ...key, areaUnitId, value },
          update: { value, version: { increment: 1 } },
        });
      }
    }
    const after = { ...before };
    for (const [id, v] of wanted) {
      if (v === null) delete after[id];
      else after[id] = v;
    }
    await audit({
      action: "UPDATE",
      entity: "TargetAllocation",
      entityId: null,
      before: { programme: programme.code, code: input.code, horizonYear: key.horizonYear, values: before },
      after: { programme: programme.code, code: input.code, horizonYear: key.horizonYear, values: after },
    });
    return { saved: [...wanted.values()].filter((v) => v !== null).length };
  },
});
