"use server";
import { defineAction } from "@/server/actions/define-action";
import { updateWithVersion } from "@/server/db/optimistic";
import { AppError } from "@/server/errors";
import { assertYearOpen } from "@/server/approval/year-lock";
import { assertCanSaveOwned } from "../owned-record";
import { saveDigitalPracticeSchema } from "./save-digital-practice.validation";

/** Records (no id) or edits a digital practice of a year; locked while that year is approved. */
export const saveDigitalPractice = defineAction({
  name: "digitalPractices.save",
  schema: saveDigitalPracticeSchema,
  authorize: (viewer, input, tx) => assertCanSaveOwned(viewer, tx, "digitalPractice", input),
  revalidate: (d: { organisationId: number; year: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/nam/${d.year}`,
  ],
  async handler({ input, prisma, audit }) {
    const { id, version, ...data } = input;
    await assertYearOpen(prisma, input.organisationId, input.year);
    if (id) {
      const before = await prisma.digitalPractice.findUniqueOrThrow({ where: { id } });
      if (before.year !== input.year) await assertYearOpen(prisma, before.organisationId, before.year);
      const after = await updateWithVersion(prisma, "digitalPractice", id, version!, data);
      await audit({
        action: "UPDATE",
        entity: "DigitalPractice",
        entityId: id,
        before: { year: before.year, practice: before.practice, note: before.note },
        after: { year: after.year, practice: after.practice, note: after.note },
      });
      return { id, organisationId: input.organisationId, year: input.year };
    }
    const exists = await prisma.digitalPractice.findUnique({
      where: {
        organisationId_year_practice: {
          organisationId: input.organisationId,
          year: input.year,
          practice: input.practice,
        },
      },
      select: { id: true },
    });
    if (exists) {
      const msg = "Hình thức này đã được ghi nhận cho năm này";
      throw new AppError("INVALID", msg, { practice: [msg] });
    }
    const created = await prisma.digitalPractice.create({ data });
    await audit({
      action: "CREATE",
      entity: "DigitalPractice",
      entityId: created.id,
      after: {
        organisationId: created.organisationId,
        year: created.year,
        practice: created.practice,
        note: created.note,
      },
    });
    return { id: created.id, organisationId: input.organisationId, year: input.year };
  },
});
