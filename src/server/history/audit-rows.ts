// How the history lists read the audit log: newest first (the id breaks ties within one
// transaction's rows), each row with what happened and who did it.
import type { Prisma } from "@/generated/prisma/client";

export const NEWEST_FIRST: Prisma.AuditLogOrderByWithRelationInput[] = [{ at: "desc" }, { id: "desc" }];

export const AUDIT_ROW = { id: true, at: true, actor: true, action: true, after: true } as const;
