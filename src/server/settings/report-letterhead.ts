// The letterhead of reports (domain/reports/letterhead.ts), read from SystemSetting. A
// missing or malformed row is the default: reports must open regardless.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { LETTERHEAD_SETTING_KEY, parseLetterhead, type Letterhead } from "@/domain/reports/letterhead";

type Db = PrismaClient | Prisma.TransactionClient;

export async function getLetterhead(db: Db): Promise<Letterhead> {
  const row = await db.systemSetting.findUnique({ where: { key: LETTERHEAD_SETTING_KEY } });
  return parseLetterhead(row?.value);
}
