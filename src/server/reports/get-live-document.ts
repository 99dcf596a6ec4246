// The overview dashboard with its current filters as a report document, for the live
// exports (/xuat/tong-quan.pdf|xlsx|docx|csv?<the overview's query string>): the same
// figures as the page, computed now, not frozen.
import type { PrismaClient } from "@/generated/prisma/client";
import { dashboardFiltersSchema, programmeParam } from "@/domain/dashboard/filters";
import { getProgramme } from "../programmes/get-programme";
import type { ReportDocument } from "@/domain/reports/document";
import { splitLines } from "@/domain/reports/letterhead";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";
import { buildReportSnapshot } from "./build-snapshot";
import { vietnamDay } from "@/domain/time/vietnam";
import { defaultOverviewYear } from "@/domain/targets/closing";
import { getYearClosure } from "../targets/year-closure";
import { getLetterhead } from "../settings/report-letterhead";

/** URLSearchParams → the object shape the dashboard filter schema reads (repeated keys → arrays). */
export function searchParamsObject(p: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(p.keys())) {
    const all = p.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

export async function getLiveDashboardDocument(
  viewer: Viewer | null,
  prisma: PrismaClient,
  query: URLSearchParams,
  now = new Date(),
): Promise<ReportDocument> {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  const today = vietnamDay(now);
  // As the overview: without a programme, the user's own; without a year, the latest year
  // closed over that programme's territory.
  const asked = searchParamsObject(query);
  if (asked.chuong_trinh === undefined && viewer.programmeCode) asked.chuong_trinh = viewer.programmeCode;
  const programme = await getProgramme(prisma, programmeParam(asked.chuong_trinh));
  const closure = await getYearClosure(prisma, today, undefined, programme ? programme.scopeCode : undefined);
  const filters = dashboardFiltersSchema(today, defaultOverviewYear(closure)).parse(asked);
  const snapshot = await buildReportSnapshot(prisma, filters, now);
  const letterhead = await getLetterhead(prisma);
  return {
    heading: "BẢNG SỐ LIỆU",
    title: `Tình hình thực hiện các chỉ tiêu ${snapshot.programme ? `theo ${snapshot.programme.shortTitle}` : "về phát triển kinh tế tập thể"}`,
    parentBody: letterhead.parentBody,
    issuingBody: splitLines(letterhead.issuingBody),
    place: letterhead.place,
    formal: null,
    issuedOn: today,
    draftYear: Number(today.slice(0, 4)),
    periodLabel: `năm ${filters.year}`,
    status: "LIVE",
    snapshot,
    previous: null,
    narrative: null,
  };
}
