"use server";
import { defineAction } from "../actions/define-action";
import { assertCanWriteInCommune, assertCanWriteOrganisation } from "../auth/record-scope";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { isoDay, todayInVietnam } from "@/domain/time/vietnam";
import { assertUnitExistsOn } from "../territory/unit-validity";
import { assertCodeFree, organisationSnapshot } from "./organisation-snapshot";
import { updateOrganisationSchema } from "./update-organisation.validation";

/** Identity of an organisation. Moving it to another commune needs write access to both. */
export const updateOrganisation = defineAction({
  name: "organisations.update",
  schema: updateOrganisationSchema,
  async authorize(viewer, input, tx) {
    const communeId = await assertCanWriteOrganisation(viewer, tx, input.id);
    if (communeId !== input.communeId) await assertCanWriteInCommune(viewer, tx, input.communeId);
  },
  revalidate: (d: { id: number }) => ["/to-chuc", `/to-chuc/${d.id}`],
  async handler({ input, prisma, audit }) {
    const before = await prisma.organisation.findUniqueOrThrow({ where: { id: input.id } });
    if (input.foundedOn && input.foundedOn > todayInVietnam()) {
      throw new AppError("INVALID", "Ngày thành lập không được sau hôm nay", {
        foundedOn: ["Ngày thành lập không được sau hôm nay"],
      });
    }
    if (input.foundedOn) {
      const earlier = await prisma.orgStatusChange.count({
        where: { organisationId: input.id, effectiveFrom: { lt: input.foundedOn } },
      });
      if (earlier > 0) {
        const msg = "Đã có thay đổi trạng thái trước ngày thành lập này; hãy kiểm tra lại ngày";
        throw new AppError("INVALID", msg, { foundedOn: [msg] });
      }
    }
    await assertCodeFree(prisma, input.code, input.id);
    // Moving the organisation, or redating it: the unit must exist on its founding date.
    if (
      input.foundedOn &&
      (input.communeId !== before.communeId || isoDay(input.foundedOn) !== isoDay(before.foundedOn))
    )
      await assertUnitExistsOn(prisma, input.communeId, isoDay(input.foundedOn)!, "communeId", "tổ chức thành lập");
    const { id, version, ...data } = input;
    const after = await updateWithVersion(prisma, "organisation", id, version, data);
    await audit({
      action: "UPDATE",
      entity: "Organisation",
      entityId: id,
      before: organisationSnapshot(before),
      after: organisationSnapshot(after),
    });
    return { id };
  },
});
