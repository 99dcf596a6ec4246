import type { PrismaClient } from "@/generated/prisma/client";

export type DatasetInfo = { demo: boolean; seed?: number; scale?: number; generatedAt?: string };

/** Whether the database holds generated demo data (shown as a banner in the UI). */
export async function getDatasetInfo(prisma: PrismaClient): Promise<DatasetInfo> {
  const row = await prisma.systemSetting.findUnique({ where: { key: "dataset" } });
  const value = (row?.value ?? {}) as Record<string, unknown>;
  return {
    demo: value.demo === true,
    seed: typeof value.seed === "number" ? value.seed : undefined,
    scale: typeof value.scale === "number" ? value.scale : undefined,
    generatedAt: typeof value.generatedAt === "string" ? value.generatedAt : undefined,
  };
}
