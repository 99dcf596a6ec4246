// One audit row: who, when, what, before and after. Called inside the same
// transaction as the change it records, so both are written or neither.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

export type AuditDb = PrismaClient | Prisma.TransactionClient;

export type AuditAction =
  | "CREATE"
  | "UPDATE"
  | "DELETE"
  | "STATUS_CHANGE"
  | "SUBMIT"
  | "APPROVE"
  | "RETURN"
  | "REOPEN"
  | "SIGN_IN"
  | "SIGN_IN_FAILED"
  | "SIGN_OUT"
  | "PERSONAL_DATA_VIEW"
  | "PERSONAL_DATA_EXPORT"
  | "IMPORT"
  | "DISABLE"
  | "ENABLE"
  | "PASSWORD_RESET";

export type AuditEntry = {
  /** The signed-in user, or a script name ("seed", "import", "create-admin") as actor. */
  viewer?: { id: number; username: string } | null;
  actor?: string;
  action: AuditAction;
  /** Prisma model name, e.g. "Organisation". */
  entity: string;
  entityId?: string | number | bigint | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  /** When it happened, if not now (sign-in attempts: the clock the throttle reasons with). */
  at?: Date;
};

// Never written to the log, whatever a caller passes.
const SECRET_KEYS = new Set(["password", "passwordHash", "newPassword", "confirmPassword", "idNumber"]);

/** JSON-safe copy: BigInt → string, Decimal → string, Date → ISO string, secrets dropped. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  // Absent and null both become SQL NULL (Prisma refuses a bare null for Json).
  if (value === undefined || value === null) return undefined;
  return sanitize(value, 0) as Prisma.InputJsonValue;
}

function sanitize(value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return null;
  if (depth > 8) return "…";
  switch (typeof value) {
    case "bigint":
      return value.toString();
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "string":
    case "boolean":
      return value;
    case "function":
    case "symbol":
      return null;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => sanitize(v, depth + 1));
  // Prisma.Decimal (decimal.js) and similar number wrappers.
  if (isDecimalLike(value)) return value.toString();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (SECRET_KEYS.has(k) || v === undefined || typeof v === "function") continue;
    out[k] = sanitize(v, depth + 1);
  }
  return out;
}

function isDecimalLike(v: object): v is { toString(): string } {
  const d = v as { d?: unknown; e?: unknown; s?: unknown; toFixed?: unknown };
  return Array.isArray(d.d) && typeof d.e === "number" && typeof d.s === "number" && typeof d.toFixed === "function";
}

/** What an action records: the wrapper adds who (the viewer) and from where (the IP). */
export type AuditInput = Omit<AuditEntry, "viewer" | "actor" | "ip">;

export async function recordAudit(db: AuditDb, entry: AuditEntry) {
  const actor = entry.viewer?.username ?? entry.actor;
  if (!actor) throw new Error("recordAudit: cần viewer hoặc actor");
  return db.auditLog.create({
    data: {
      userId: entry.viewer?.id ?? null,
      actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
      ip: entry.ip ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    },
    select: { id: true },
  });
}
