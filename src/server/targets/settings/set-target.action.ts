"use server";
// A target is never edited in place: a new version starts on `validFrom` and the
// version in force until then ends the day before, so figures of past periods stay
// explainable with the definition that applied to them.
import { defineAction } from "@/server/actions/define-action";
import { assertCanAdminister } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { toIsoDate } from "@/domain/format/date";
import { formatDate } from "@/domain/format/date";
import type { TargetParams } from "@/domain/targets/definitions";
import { ORG_TYPE } from "@/domain/enums";
import { setTargetSchema } from "./set-target.validation";
import { parseDayInput } from "@/domain/format/date";

const DAY = 86_400_000;

export const setTarget = defineAction({
  name: "targets.set",
  schema: setTargetSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri/chi-tieu", "/"],
  async handler({ input, prisma, audit }) {
    const validFrom = new Date(`${parseDayInput(input.validFrom)}T00:00:00.000Z`);
    const versions = await prisma.target.findMany({ where: { code: input.code }, orderBy: { validFrom: "desc" } });
    const latest = versions[0];
    if (latest && latest.validFrom >= validFrom) {
      throw new AppError("INVALID", "Phiên bản mới phải có hiệu lực sau phiên bản gần nhất", {
        validFrom: [`Ngày hiệu lực phải sau ${formatDate(toIsoDate(latest.validFrom))}`],
      });
    }
    const params: TargetParams = {};
    if (input.code === "HTX_VALUE_CHAIN") params.chainBase = input.chainBase ?? "all";
    if (input.code.startsWith("ORG_") || input.code === "POP_SHARE") {
      params.orgTypes = input.orgTypes ?? (input.code === "POP_SHARE" ? ["THT", "HTX"] : [...ORG_TYPE.values]);
    }
    // Close every version still open on the new start date (normally just the latest).
    const dayBefore = new Date(validFrom.getTime() - DAY);
    const open = versions.filter((v) => v.validTo === null || v.validTo >= validFrom);
    for (const v of open) await prisma.target.update({ where: { id: v.id }, data: { validTo: dayBefore } });
    const created = await prisma.target.create({
      data: {
        code: input.code,
        title: input.title,
        comparator: input.comparator,
        value: input.value,
        unit: input.unit,
        horizonYear: input.horizonYear,
        definition: params,
        sourceText: input.sourceText,
        validFrom,
      },
    });
    await audit({
      action: "CREATE",
      entity: "Target",
      entityId: created.id,
      before: latest
        ? {
            id: latest.id,
            comparator: latest.comparator,
            value: latest.value,
            horizonYear: latest.horizonYear,
            definition: latest.definition,
            validFrom: latest.validFrom,
            validTo: latest.validTo,
          }
        : null,
      after: { ...input, definition: params },
    });
    return { id: created.id };
  },
});
