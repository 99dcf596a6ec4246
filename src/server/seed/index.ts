// Entry points of seeding, used by the app's first start and by scripts/seed.ts.
import type { PrismaClient } from "@/generated/prisma/client";
import { seedReferenceData } from "./reference";
import { DATASET_SETTING_KEY, generateDemoData, type DemoOptions, type DemoResult } from "./demo";
import { seedDemoUsers } from "./users";
import { seedDemoReports } from "./demo-reports";

export { seedReferenceData } from "./reference";
export { generateDemoData, DEFAULT_DEMO_SEED, type DemoOptions, type DemoResult } from "./demo";

type Log = (message: string) => void;

/** Reference data only (area units, scope, rating thresholds, targets); idempotent. */
export async function seedReference(prisma: PrismaClient): Promise<void> {
  await seedReferenceData(prisma);
}

/** Whether the database is marked as holding generated demo data. */
export async function isDemoDatabase(prisma: PrismaClient): Promise<boolean> {
  const setting = await prisma.systemSetting.findUnique({ where: { key: DATASET_SETTING_KEY } });
  const value = setting?.value;
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && (value as { demo?: unknown }).demo === true
  );
}

/**
 * The demo dataset as a whole: generated data, the demo accounts (those not there yet),
 * the demo reports and fresh planner statistics. Without ANALYZE PostgreSQL guesses the row counts of the
 * just-filled tables and picks nested loops that make the dashboard 5x slower.
 */
export async function generateDemoDataset(
  prisma: PrismaClient,
  options: DemoOptions = {},
): Promise<DemoResult & { accountsCreated: string[] }> {
  const result = await generateDemoData(prisma, options);
  const users = await seedDemoUsers(prisma);
  // After the accounts: a report has an author.
  await seedDemoReports(prisma, result.toYear);
  await prisma.$executeRawUnsafe("ANALYZE");
  return { ...result, accountsCreated: users.created };
}

/**
 * On a fresh database (no organisation, no dataset marker) seeds reference and demo
 * data and returns true. Otherwise only tops up the reference data and returns false:
 * real data, or a demo the users have been editing, is never touched.
 */
export async function seedDemoIfEmpty(
  prisma: PrismaClient,
  log: Log = () => {},
  options: DemoOptions = {},
): Promise<boolean> {
  await seedReferenceData(prisma);
  const [organisations, marker] = await Promise.all([
    prisma.organisation.count(),
    prisma.systemSetting.findUnique({ where: { key: DATASET_SETTING_KEY }, select: { key: true } }),
  ]);
  if (organisations > 0 || marker) return false;
  log("CSDL trống: đang sinh dữ liệu minh họa…");
  const result = await generateDemoDataset(prisma, { log, ...options });
  log(
    `Đã sinh dữ liệu minh họa (seed ${result.seed}, quy mô ${result.scale}) trong ${(result.milliseconds / 1000).toFixed(1)} giây.`,
  );
  return true;
}

/**
 * Removes the generated data of a demo database (organisations and everything hanging
 * off them, persons, population, synthetic area units, the demo reports, the dataset
 * marker); reference
 * data and users stay. Refuses unless the database is marked as demo.
 */
export async function clearDemoData(prisma: PrismaClient): Promise<void> {
  if (!(await isDemoDatabase(prisma))) throw new Error("CSDL không được đánh dấu là dữ liệu minh họa: không xoá.");
  await prisma.$transaction(async (tx) => {
    // CASCADE reaches the tables referencing Organisation/Person (memberships, reports…).
    await tx.$executeRawUnsafe(`TRUNCATE "Organisation", "Person", "Population" RESTART IDENTITY CASCADE`);
    // Synthetic districts and communes of scale > 1 (codes S001, S002-01, …).
    await tx.areaUnit.deleteMany({ where: { code: { startsWith: "S" }, level: "COMMUNE" } });
    await tx.areaUnit.deleteMany({ where: { code: { startsWith: "S" }, level: "DISTRICT" } });
    await tx.periodicReport.deleteMany({ where: { scope: { path: ["demo"], equals: true } } });
    await tx.systemSetting.delete({ where: { key: DATASET_SETTING_KEY } });
  });
}
