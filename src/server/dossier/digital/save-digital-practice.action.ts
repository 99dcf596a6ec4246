"use server";
import { defineAction } from "@/server/actions/define-action";
import { AppError } from "@/server/errors";
import { assertCanSaveOwned } from "../owned-record";
import { DIGITAL_PRACTICE } from "../owned-kinds";
import { saveOwned, yearPages } from "../save-owned";
import { saveDigitalPracticeSchema } from "./save-digital-practice.validation";

/** Records (no id) or edits a digital practice of a year; locked while that year is approved. */
export const saveDigitalPractice = defineAction({
  name: "digitalPractices.save",
  schema: saveDigitalPracticeSchema,
  authorize: (viewer, input, tx) => assertCanSaveOwned(viewer, tx, "digitalPractice", input),
  revalidate: yearPages,
  async handler({ input, prisma, audit }) {
    if (!input.id) {
      const { organisationId, year, practice } = input;
      const exists = await prisma.digitalPractice.findUnique({
        where: { organisationId_year_practice: { organisationId, year, practice } },
        select: { id: true },
      });
      if (exists) {
        const msg = "Hình thức này đã được ghi nhận cho năm này";
        throw new AppError("INVALID", msg, { practice: [msg] });
      }
    }
    const id = await saveOwned(prisma, audit, DIGITAL_PRACTICE, input);
    return { id, organisationId: input.organisationId, year: input.year };
  },
});
