"use server";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { PeriodError, computePeriod, defaultReportTitle, type PeriodInput } from "@/domain/reports/period";
import { scopeKeyOf } from "@/domain/reports/snapshot";
import { defineAction } from "../actions/define-action";
import { AppError } from "../errors";
import { getScopeUnits } from "../territory/get-scope-units";
import { getProgramme } from "../programmes/get-programme";
import { buildReportSnapshot } from "./build-snapshot";
import { createReportSchema } from "./create-report.validation";
import { assertCanManageReports } from "./report-permissions";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { documentCode } from "@/domain/reports/letterhead";
import { getLetterhead } from "../settings/report-letterhead";

/** Creates a draft report and freezes its figures (the snapshot) in the same transaction. */
export const createReport = defineAction({
  name: "reports.create",
  schema: createReportSchema,
  authorize: (viewer) => assertCanManageReports(viewer),
  revalidate: ["/bao-cao"],
  async handler({ viewer, input, prisma, audit }) {
    const periodInput: PeriodInput =
      input.periodType === "AS_OF"
        ? { periodType: "AS_OF", asOf: input.asOf! }
        : input.periodType === "YEAR"
          ? { periodType: "YEAR", year: input.year! }
          : { periodType: input.periodType, year: input.year!, periodNo: (input.quarter ?? input.half)! };
    let period;
    try {
      period = computePeriod(periodInput, todayIsoInVietnam());
    } catch (e) {
      if (e instanceof PeriodError) throw new AppError("INVALID", e.message, { periodType: [e.message] });
      throw e;
    }

    const programme = await getProgramme(prisma as unknown as PrismaClient, input.programme);
    if (!programme || (input.programme && programme.code !== input.programme)) {
      throw new AppError("INVALID", "Chương trình không tồn tại", {
        programme: ["Hãy chọn một chương trình có trong danh sách"],
      });
    }
    const communeIds = [...new Set(input.communeIds)].sort((a, b) => a - b);
    if (communeIds.length) {
      const { units } = await getScopeUnits(prisma as unknown as PrismaClient, programme.scopeCode);
      const known = new Set(units.map((u) => u.id));
      if (communeIds.some((id) => !known.has(id))) {
        throw new AppError("INVALID", "Có xã, thị trấn ngoài phạm vi Chương trình", {
          communeIds: ["Có xã, thị trấn ngoài phạm vi Chương trình"],
        });
      }
    }
    const filters = {
      programme: programme.code,
      year: period.year,
      asOf: period.asOf,
      communeIds,
      sectors: [],
      orgTypes: [],
      includeUnapproved: input.includeUnapproved,
    };
    const snapshot = await buildReportSnapshot(prisma, filters);
    const letterhead = await getLetterhead(prisma);
    const report = await prisma.periodicReport.create({
      data: {
        kind: input.kind,
        periodType: period.periodType,
        year: period.year,
        periodNo: period.periodNo,
        asOf: new Date(`${period.asOf}T00:00:00.000Z`),
        scopeKey: scopeKeyOf(filters),
        programmeId: programme.id,
        scope: { communeIds, includeUnapproved: input.includeUnapproved, label: snapshot.scopeLabel },
        title: input.title ?? defaultReportTitle(input.kind, period, programme.shortTitle),
        parentBody: input.parentBody ?? letterhead.parentBody,
        issuingBody: input.issuingBody ?? letterhead.issuingBody,
        place: input.place ?? letterhead.place,
        documentNumber: input.documentNumber ?? documentCode(letterhead.abbreviation),
        recipients: input.recipients ?? letterhead.recipients,
        signerAuthority: input.signerAuthority ?? letterhead.signerAuthority,
        signerTitle: input.signerTitle ?? letterhead.signerTitle,
        signerName: input.signerName ?? letterhead.signerName,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        snapshotAt: new Date(snapshot.takenAt),
        createdById: viewer.id,
      },
      select: { id: true, title: true, scopeKey: true },
    });
    await audit({
      action: "CREATE",
      entity: "PeriodicReport",
      entityId: report.id,
      after: {
        kind: input.kind,
        periodType: period.periodType,
        year: period.year,
        periodNo: period.periodNo,
        asOf: period.asOf,
        scopeKey: report.scopeKey,
        programme: programme.code,
        title: report.title,
      },
    });
    return { id: report.id };
  },
});
