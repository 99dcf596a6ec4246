// Optimistic locking: an edit names the version it started from; the update only
// applies while that is still the current version, otherwise the editor is told who
// changed the record meanwhile (from the audit log) and asked to reload.
import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../errors";

type Tx = Prisma.TransactionClient;

/** Prisma delegates of the models with a `version` column. */
export type VersionedModel =
  | "organisation"
  | "person"
  | "membership"
  | "annualReport"
  | "rating"
  | "valueChainLink"
  | "highTechApplication"
  | "digitalPractice"
  | "supportReceived"
  | "population"
  | "areaUnit"
  | "target"
  | "user"
  | "periodicReport"
  | "programme";

export type UpdateData<M extends VersionedModel> = Omit<
  NonNullable<Parameters<Tx[M]["updateMany"]>[0]>["data"],
  "version"
>;
export type Row<M extends VersionedModel> = NonNullable<Awaited<ReturnType<Tx[M]["findUnique"]>>>;

type LooseDelegate = {
  updateMany(args: {
    where: { id: number; version: number };
    data: Record<string, unknown>;
  }): Promise<{ count: number }>;
  findUnique(args: { where: { id: number } }): Promise<Record<string, unknown> | null>;
};

/** The audit log's entity name for a delegate: "annualReport" → "AnnualReport". */
export function entityName(model: VersionedModel): string {
  return model.charAt(0).toUpperCase() + model.slice(1);
}

const TIME = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh",
  hour: "2-digit",
  minute: "2-digit",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour12: false,
});

/** "10:32 29/11/2026" in Vietnam's time zone. */
export function formatAuditTime(d: Date): string {
  const p = Object.fromEntries(TIME.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

export async function updateWithVersion<M extends VersionedModel>(
  tx: Tx,
  model: M,
  id: number,
  expectedVersion: number,
  data: UpdateData<M>,
): Promise<Row<M>> {
  const delegate = tx[model] as unknown as LooseDelegate;
  const { count } = await delegate.updateMany({
    where: { id, version: expectedVersion },
    data: { ...(data as Record<string, unknown>), version: { increment: 1 } },
  });
  const current = await delegate.findUnique({ where: { id } });
  if (!current) throw new AppError("NOT_FOUND", "Bản ghi không còn tồn tại (có thể đã bị xoá); hãy tải lại trang");
  if (count === 1) return current as Row<M>;
  throw new AppError("CONFLICT", await conflictMessage(tx, entityName(model), id));
}

export async function conflictMessage(tx: Tx, entity: string, id: number): Promise<string> {
  const last = await tx.auditLog.findFirst({
    where: { entity, entityId: String(id), action: { notIn: ["SIGN_IN", "SIGN_IN_FAILED"] } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, actor: true, user: { select: { fullName: true } } },
  });
  if (!last) return "Bản ghi đã được người khác sửa sau khi bạn mở; hãy tải lại để xem thay đổi";
  const who = last.user?.fullName ?? last.actor;
  return `Bản ghi đã được ${who} sửa lúc ${formatAuditTime(last.at)} sau khi bạn mở; hãy tải lại để xem thay đổi`;
}
