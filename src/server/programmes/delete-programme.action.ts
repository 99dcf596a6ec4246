"use server";
// Deletes a programme with its targets and allocations — only while no report refers
// to it (a published report must keep naming the programme it was judged against) and
// when it is not the default one (the overview must open on some programme).
import { z } from "zod";
import { defineAction } from "@/server/actions/define-action";
import { assertCanAdminister } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { conflictMessage } from "@/server/db/optimistic";
import { idField, versionField } from "@/domain/entry/fields";
import { formatNumber } from "@/domain/format/number";
import { dropOwnScope } from "./programme-territory";

export const deleteProgramme = defineAction({
  name: "programmes.delete",
  schema: z.object({ id: idField, version: versionField }),
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri/chuong-trinh", "/quan-tri/chi-tieu", "/"],
  async handler({ input, prisma, audit }) {
    const before = await prisma.programme.findUnique({
      where: { id: input.id },
      include: { _count: { select: { reports: true, targets: true, allocations: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy chương trình (có thể đã bị xoá); hãy tải lại trang");
    if (before.version !== input.version)
      throw new AppError("CONFLICT", await conflictMessage(prisma, "Programme", input.id));
    if (before._count.reports > 0) {
      throw new AppError(
        "INVALID",
        `Không xoá được: đã có ${formatNumber(before._count.reports)} báo cáo đánh giá theo chương trình này`,
      );
    }
    if (before.isDefault) {
      throw new AppError(
        "INVALID",
        "Không xoá được chương trình mặc định: hãy đặt chương trình khác làm mặc định trước",
      );
    }
    await prisma.targetAllocation.deleteMany({ where: { programmeId: input.id } });
    await prisma.target.deleteMany({ where: { programmeId: input.id } });
    await prisma.programme.delete({ where: { id: input.id } });
    await dropOwnScope(prisma, before.code);
    const { _count, ...row } = before;
    await audit({
      action: "DELETE",
      entity: "Programme",
      entityId: input.id,
      before: { ...row, targetVersions: _count.targets, allocations: _count.allocations },
    });
    return { code: before.code };
  },
});
