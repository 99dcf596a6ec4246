import type { PrismaClient } from "@/generated/prisma/client";
import { canRead } from "../../auth/permissions";
import type { Viewer } from "../../auth/viewer";
import { AppError } from "../../errors";

/** Submitted reports of a year (optionally one commune), oldest submission first. */
export async function listPendingSubmissions(viewer: Viewer, prisma: PrismaClient, year: number, communeId?: number) {
  if (!canRead(viewer)) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  return prisma.annualReport.findMany({
    where: { year, approvalStatus: "SUBMITTED", ...(communeId ? { organisation: { communeId } } : {}) },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      year: true,
      version: true,
      submittedAt: true,
      memberCount: true,
      revenue: true,
      organisation: {
        select: { id: true, code: true, name: true, type: true, commune: { select: { id: true, name: true } } },
      },
    },
  });
}
