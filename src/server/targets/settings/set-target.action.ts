"use server";
// A target is never edited in place: a new version starts on `validFrom` and the
// version in force until then ends the day before, so figures of past periods stay
// explainable with the definition that applied to them.
import { defineAction } from "@/server/actions/define-action";
import { assertCanAdminister } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { toIsoDate } from "@/domain/format/date";
import { formatDate } from "@/domain/format/date";
import type { TargetKind, TargetParams } from "@/domain/targets/definitions";
import { GOOD_FAIR_TYPES, KIND_UNITS } from "@/domain/targets/measures";
import { PROGRAMME_CATALOGUE } from "@/domain/programmes/catalogue";
import type { PrismaClient } from "@/generated/prisma/client";
import { getProgramme } from "@/server/programmes/get-programme";
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
    const programme = await getProgramme(prisma as unknown as PrismaClient, input.programme);
    if (!programme || (input.programme && programme.code !== input.programme)) {
      throw new AppError("INVALID", "Chương trình không tồn tại", { programme: ["Chương trình không tồn tại"] });
    }
    const versions = await prisma.target.findMany({
      where: { programmeId: programme.id, code: input.code },
      orderBy: { validFrom: "desc" },
    });
    const latest = versions[0];
    const seeded = PROGRAMME_CATALOGUE.find((p) => p.code === programme.code)?.targets.find(
      (t) => t.code === input.code,
    );
    // A target keeps what it measures across versions; a new one (a province filling its
    // plan) says it with its first version.
    const kind = (latest?.kind ?? seeded?.kind ?? input.kind) as TargetKind | undefined;
    if (!kind) throw new AppError("INVALID", "Hãy chọn loại chỉ tiêu", { kind: ["Hãy chọn loại chỉ tiêu"] });
    if (input.kind && input.kind !== kind) {
      throw new AppError("INVALID", "Không đổi được loại của một chỉ tiêu đã có", {
        kind: ["Chỉ tiêu này đã có loại khác: hãy tạo chỉ tiêu mới với mã khác"],
      });
    }
    const unitOfKind: "COUNT" | "PERCENT" = KIND_UNITS[kind];
    if (input.unit !== unitOfKind) {
      throw new AppError("INVALID", "Đơn vị không hợp với loại chỉ tiêu", {
        unit: [
          unitOfKind === "PERCENT" ? "Chỉ tiêu loại này tính theo tỷ lệ (%)" : "Chỉ tiêu loại này tính theo số lượng",
        ],
      });
    }
    if (latest && latest.validFrom >= validFrom) {
      throw new AppError("INVALID", "Phiên bản mới phải có hiệu lực sau phiên bản gần nhất", {
        validFrom: [`Ngày hiệu lực phải sau ${formatDate(toIsoDate(latest.validFrom))}`],
      });
    }
    const params: TargetParams = {};
    if (kind === "HTX_VALUE_CHAIN" || kind === "ORG_CHAIN") params.chainBase = input.chainBase ?? "all";
    if (kind.startsWith("ORG_") || kind === "POP_SHARE") {
      params.orgTypes =
        input.orgTypes ??
        (kind === "POP_SHARE"
          ? ["THT", "HTX"]
          : kind === "ORG_GOOD_FAIR"
            ? [...GOOD_FAIR_TYPES]
            : [...ORG_TYPE.values]);
    }
    // Close every version still open on the new start date (normally just the latest).
    const dayBefore = new Date(validFrom.getTime() - DAY);
    const open = versions.filter((v) => v.validTo === null || v.validTo >= validFrom);
    for (const v of open) await prisma.target.update({ where: { id: v.id }, data: { validTo: dayBefore } });
    const created = await prisma.target.create({
      data: {
        programmeId: programme.id,
        code: input.code,
        kind,
        explanation: latest?.explanation ?? seeded?.explanation ?? "",
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
