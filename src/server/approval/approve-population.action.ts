"use server";
import { defineAction } from "../actions/define-action";
import { assertCanApprove } from "../auth/permissions";
import { AppError } from "../errors";
import { approvePopulationSchema } from "./approval.validation";
import { clearPopulationChange, listPopulationChanges } from "./pending-changes";

/** A commune's population figure of a year becomes the approved one (district, admin). */
export const approvePopulation = defineAction({
  name: "approval.approvePopulation",
  schema: approvePopulationSchema,
  authorize: (viewer) => assertCanApprove(viewer),
  revalidate: ["/duyet-so-lieu", "/dan-so", "/"],
  async handler({ input, prisma, audit }) {
    const changes = (await listPopulationChanges(prisma, [input.areaUnitId])).filter((c) => c.year === input.year);
    if (changes.length === 0)
      throw new AppError(
        "CONFLICT",
        `Không còn số dân năm ${input.year} nào chờ duyệt ở đơn vị này; hãy tải lại trang`,
      );
    await clearPopulationChange(prisma, input.areaUnitId, input.year);
    await audit({
      action: "APPROVE",
      entity: "Population",
      entityId: changes[0].rowId,
      before: changes[0].before,
      after: changes[0].current,
    });
    return { areaUnitId: input.areaUnitId, year: input.year };
  },
});
