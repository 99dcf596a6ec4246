"use server";
import { AppError } from "@/server/errors";
import { DIGITAL_PRACTICE } from "../owned-kinds";
import { saveOwnedAction } from "../owned-actions";
import { saveDigitalPracticeSchema } from "./save-digital-practice.validation";

/** Records (no id) or edits a digital practice of a year; locked while that year is approved. */
export const saveDigitalPractice = saveOwnedAction(
  "digitalPractices.save",
  saveDigitalPracticeSchema,
  DIGITAL_PRACTICE,
  async (tx, { organisationId, year, practice }) => {
    const exists = await tx.digitalPractice.findUnique({
      where: { organisationId_year_practice: { organisationId, year, practice } },
      select: { id: true },
    });
    if (exists) {
      const msg = "Hình thức này đã được ghi nhận cho năm này";
      throw new AppError("INVALID", msg, { practice: [msg] });
    }
  },
);
