// The closing rule setting (domain/targets/closing.ts), read from SystemSetting. A
// missing or malformed row is the default rule: the overview must open regardless.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { CLOSING_RULE_SETTING_KEY, parseClosingRule, type ClosingRule } from "@/domain/targets/closing";

type Db = PrismaClient | Prisma.TransactionClient;

export async function getClosingRule(db: Db): Promise<ClosingRule> {
  const row = await db.systemSetting.findUnique({ where: { key: CLOSING_RULE_SETTING_KEY } });
  return parseClosingRule(row?.value);
}
