"use server";
// Creates a programme or edits one: its document (title, number, date, issuing body), its
// territory and whether it is the one the overview opens on. Its code is fixed once
// created (links and settings name it); its targets are edited as target versions
// (src/server/targets/settings/set-target.action.ts).
import { defineAction } from "@/server/actions/define-action";
import { assertCanAdminister } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { updateWithVersion } from "@/server/db/optimistic";
import { programmeSchema, type ProgrammeInput } from "@/domain/programmes/programme-form";
import { dropOwnScope, scopeForTerritory } from "./programme-territory";

const REVALIDATE = ["/quan-tri/chuong-trinh", "/quan-tri/chi-tieu", "/"];

/** The columns the form writes, in the shape the audit log keeps. */
function fieldsOf(input: ProgrammeInput) {
  return {
    title: input.title,
    shortTitle: input.shortTitle,
    level: input.level,
    issuingBody: input.issuingBody ?? "",
    documentNumber: input.documentNumber ?? "",
    issuedOn: input.issuedOn,
    baselineYear: input.baselineYear,
    sourceRef: input.sourceRef ?? "",
  };
}

export const saveProgramme = defineAction({
  name: "programmes.save",
  schema: programmeSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: REVALIDATE,
  async handler({ input, prisma, audit }) {
    const chosen = input.territory === "COUNTRY" ? null : input.units;
    const clash = await prisma.programme.findUnique({ where: { code: input.code }, select: { id: true } });
    if (input.id === undefined) {
      if (clash) throw new AppError("INVALID", "Mã đã được dùng", { code: ["Đã có chương trình mang mã này"] });
      const scopeId = await scopeForTerritory(prisma, { ...input, scopeId: null }, chosen);
      if (input.isDefault) await prisma.programme.updateMany({ data: { isDefault: false } });
      const created = await prisma.programme.create({
        data: { code: input.code, ...fieldsOf(input), scopeId, isDefault: input.isDefault },
      });
      await audit({ action: "CREATE", entity: "Programme", entityId: created.id, after: { ...created } });
      return { id: created.id, code: created.code };
    }

    const before = await prisma.programme.findUnique({ where: { id: input.id } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy chương trình (có thể đã bị xoá); hãy tải lại trang");
    if (before.code !== input.code) {
      throw new AppError("INVALID", "Không đổi được mã chương trình", {
        code: [`Mã chương trình đã cố định là ${before.code}`],
      });
    }
    if (before.isDefault && !input.isDefault) {
      throw new AppError("INVALID", "Cần có một chương trình mặc định", {
        isDefault: ["Hãy đặt chương trình khác làm mặc định; chương trình này sẽ tự bỏ mặc định"],
      });
    }
    const scopeId = await scopeForTerritory(prisma, { ...input, scopeId: before.scopeId }, chosen);
    if (input.isDefault && !before.isDefault) await prisma.programme.updateMany({ data: { isDefault: false } });
    const after = await updateWithVersion(prisma, "programme", input.id, input.version!, {
      ...fieldsOf(input),
      scopeId,
      isDefault: input.isDefault,
    });
    if (before.scopeId !== scopeId) await dropOwnScope(prisma, before.code);
    await audit({
      action: "UPDATE",
      entity: "Programme",
      entityId: input.id,
      before: { ...before },
      after: { ...after },
    });
    return { id: after.id, code: after.code };
  },
});
