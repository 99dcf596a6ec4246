"use server";
import type { Prisma } from "@/generated/prisma/client";
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
    const { id, version, ...data } = input;
    // The organisation stays in its unit from the day it started (its founding date, else its
    // first status): that unit must exist on that day, whatever this edit changes, so a
    // record accepted before this check (founded in 2026 in a commune dissolved in 2025) is
    // corrected at its next edit rather than carried on.
    const started = input.foundedOn ?? (await firstStatusDay(prisma, id)) ?? todayInVietnam();
    await assertUnitExistsOn(
      prisma,
      input.communeId,
      isoDay(started)!,
      "communeId",
      input.foundedOn ? "tổ chức thành lập" : "tổ chức hoạt động từ",
    );
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

async function firstStatusDay(prisma: Prisma.TransactionClient, organisationId: number): Promise<Date | null> {
  const first = await prisma.orgStatusChange.findFirst({
    where: { organisationId },
    orderBy: { effectiveFrom: "asc" },
    select: { effectiveFrom: true },
  });
  return first?.effectiveFrom ?? null;
}
