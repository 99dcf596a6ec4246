// The approval gate, application side (the database side is migration "approval_gate";
// docs/approval.md explains the whole mechanism). Every user write runs in a transaction
// marked with who writes: the database then logs a commune official's changes as pending
// (PendingChange) and refuses any change to a submitted dossier, whichever action or
// import makes it, so no code path can forget either rule. Here in db/, below the action
// wrapper and the approval folder that both use it (in approval/ the folders cycled).
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "../errors";

type Tx = Prisma.TransactionClient;

/** The signed-in user who writes (auth/viewer.ts's Viewer is one). */
type Writer = { id: number; role: Role };

/** Whose entries wait for the district's approval: commune officials'. District staff's and
 *  administrators' entries and imports arrive approved. */
export function entriesArePending(viewer: Writer): boolean {
  return viewer.role === "COMMUNE";
}

/** Marks the transaction (set_config … local: it ends with the transaction). */
export async function markWriter(tx: Tx, viewer: Writer): Promise<void> {
  const pendingBy = entriesArePending(viewer) ? String(viewer.id) : "";
  // $executeRaw: the SELECT is for its effect (the settings), its row is not read.
  await tx.$executeRaw`SELECT set_config('ktt.actor', ${String(viewer.id)}, true), set_config('ktt.pending_by', ${pendingBy}, true)`;
}

export const submittedLockMessage = (year: number) =>
  `Hồ sơ năm ${year} của tổ chức này đã gửi duyệt nên đang bị khoá; muốn sửa, hãy "Rút lại để sửa" (hồ sơ trở về bản nháp và cần gửi duyệt lại)`;

/** The database's refusal of a change to a submitted dossier (SQLSTATE KT001), as an AppError. */
export function submissionLockError(e: unknown): AppError | null {
  const meta = (e as { meta?: { driverAdapterError?: { cause?: Record<string, unknown> } } } | null)?.meta;
  const cause = meta?.driverAdapterError?.cause;
  const code = cause?.originalCode ?? cause?.code;
  const text = String(cause?.detail ?? cause?.message ?? (e as Error | null)?.message ?? "");
  if (code !== "KT001" && !/submission of year \d+ is locked/.test(text)) return null;
  const year = Number(/(\d{4})/.exec(text)?.[1]);
  return new AppError("CONFLICT", Number.isFinite(year) ? submittedLockMessage(year) : submittedLockMessage(0));
}
