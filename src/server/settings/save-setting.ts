// Writing one SystemSetting from an administrator's action: created on first use, and
// every change audited with the value before and after.
import type { Prisma } from "@/generated/prisma/client";
import type { AuditInput } from "../audit/record-audit";

/** `before`: the setting as its reader saw it before the change (its default if unset). */
export async function saveSetting(
  tx: Prisma.TransactionClient,
  audit: (entry: AuditInput) => Promise<void>,
  key: string,
  before: unknown,
  value: Prisma.InputJsonValue,
): Promise<void> {
  await tx.systemSetting.upsert({ where: { key }, create: { key, value }, update: { value } });
  await audit({ action: "UPDATE", entity: "SystemSetting", entityId: key, before, after: value });
}
