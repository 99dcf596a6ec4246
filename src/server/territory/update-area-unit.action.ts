"use server";
import { defineAction } from "../actions/define-action";
import { assertCanAdminister } from "../auth/permissions";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { updateAreaUnitSchema } from "./area-unit.validation";

/** Corrects a unit's code, successor or source (administrators, audited). The figures follow
 *  at once: which unit a ceased one counts under is read at every computation. */
export const updateAreaUnit = defineAction({
  name: "areaUnits.update",
  schema: updateAreaUnitSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri/don-vi", "/"],
  async handler({ input, prisma, audit }) {
    const before = await prisma.areaUnit.findUnique({ where: { id: input.id } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị");
    // Official codes are reused across reorganisations, but on any one day a code names one
    // unit: refuse a code held by another unit whose validity overlaps this one's.
    const clash = await prisma.areaUnit.findFirst({
      where: {
        code: input.code,
        id: { not: input.id },
        ...(before.validTo ? { validFrom: { lte: before.validTo } } : {}),
        OR: [{ validTo: null }, { validTo: { gte: before.validFrom } }],
      },
      select: { kind: true, name: true },
    });
    if (clash) {
      const message = `Mã ${input.code} đang là mã của ${clash.kind.toLowerCase()} ${clash.name} trong cùng thời gian`;
      throw new AppError("INVALID", message, { code: [message] });
    }
    const successorId = input.successorId ?? null;
    if (successorId !== null) {
      if (successorId === input.id) {
        throw new AppError("INVALID", "Một đơn vị không thể là đơn vị kế thừa của chính nó", {
          successorId: ["Hãy chọn đơn vị khác"],
        });
      }
      const successor = await prisma.areaUnit.findUnique({ where: { id: successorId } });
      if (!successor || successor.level !== before.level) {
        throw new AppError("INVALID", "Đơn vị kế thừa phải cùng cấp", { successorId: ["Hãy chọn đơn vị cùng cấp"] });
      }
      if (!before.validTo) {
        throw new AppError("INVALID", "Đơn vị còn tồn tại thì chưa có đơn vị kế thừa", {
          successorId: ["Để trống khi đơn vị còn tồn tại"],
        });
      }
      // no loop: the successor's chain must not come back here
      const seen = new Set([input.id]);
      for (let id: number | null = successorId; id !== null;) {
        if (seen.has(id)) {
          throw new AppError("INVALID", "Chuỗi đơn vị kế thừa bị vòng lặp", { successorId: ["Hãy chọn đơn vị khác"] });
        }
        seen.add(id);
        id = (await prisma.areaUnit.findUnique({ where: { id }, select: { successorId: true } }))?.successorId ?? null;
      }
    }
    const after = await updateWithVersion(prisma, "areaUnit", input.id, input.version, {
      code: input.code,
      successorId,
      sourceRef: input.sourceRef,
      codeOfficial: input.codeOfficial,
    });
    const pick = (u: typeof before) => ({
      code: u.code,
      successorId: u.successorId,
      sourceRef: u.sourceRef,
      codeOfficial: u.codeOfficial,
    });
    await audit({ action: "UPDATE", entity: "AreaUnit", entityId: input.id, before: pick(before), after: pick(after) });
    return { id: input.id };
  },
});
