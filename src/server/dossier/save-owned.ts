// Saving and deleting an organisation's dated records (linkages, high technology,
// digital practices, support): the same steps for each kind, only the table, what the
// audit rows show and the lock that applies differ. Runs inside defineAction's
// transaction, after assertCanSaveOwned / assertCanWriteOwned authorized it.
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "../errors";
import type { AuditInput } from "../audit/record-audit";
import { assertPeriodOpen, assertYearOpen } from "../approval/year-lock";
import { conflictMessage, entityName, updateWithVersion, type Row, type UpdateData } from "../db/optimistic";
import type { OwnedModel } from "./owned-record";

type Tx = Prisma.TransactionClient;
type Audit = (entry: AuditInput) => Promise<void>;

type OwnedKind<M extends OwnedModel, L> = {
  model: M;
  /** The record as its audit rows show it. */
  snapshot: (row: Row<M>) => Record<string, unknown>;
  /** Refuses while the year (or period) the record is in is locked. */
  assertOpen: (tx: Tx, record: L) => Promise<void>;
};

/** One kind of record (types inferred from the lock it names). */
export const ownedKind = <M extends OwnedModel, L>(kind: OwnedKind<M, L>) => kind;

type Delegate = {
  findUniqueOrThrow(args: { where: { id: number } }): Promise<unknown>;
  create(args: { data: unknown }): Promise<{ id: number }>;
  deleteMany(args: { where: { id: number; version: number } }): Promise<{ count: number }>;
};

/** Locked while the year is approved or its dossier submitted. */
export const yearLock = (tx: Tx, r: { organisationId: number; year: number }) =>
  assertYearOpen(tx, r.organisationId, r.year);

/** Locked while a year the period covers is approved, or any dossier submitted. */
export const periodLock = (tx: Tx, r: { organisationId: number; validFrom: Date; validTo: Date | null }) =>
  assertPeriodOpen(tx, r.organisationId, r.validFrom, r.validTo);

/** The pages that show a record of a year. */
export const yearPages = (d: { organisationId: number; year: number }) => [
  `/to-chuc/${d.organisationId}`,
  `/to-chuc/${d.organisationId}/nam/${d.year}`,
];

/** The pages that show a record of a period: the organisation's and the kind's own. */
export const periodPages = (page: string) => (d: { organisationId: number }) => [
  `/to-chuc/${d.organisationId}`,
  `/to-chuc/${d.organisationId}/${page}`,
];

/**
 * Creates (no id) or edits (id and the version the user saw) a record. Both the values
 * saved and, on an edit, the record's current ones must be open: moving a record out of
 * a locked year is a change of that year too. Returns the record's id.
 */
export async function saveOwned<M extends OwnedModel, L>(
  tx: Tx,
  audit: Audit,
  kind: OwnedKind<M, L>,
  input: L & { id?: number | null; version?: number | null },
): Promise<number> {
  const { id, version, ...data } = input;
  await kind.assertOpen(tx, input);
  const delegate = tx[kind.model] as unknown as Delegate;
  const entity = entityName(kind.model);
  if (id) {
    const before = (await delegate.findUniqueOrThrow({ where: { id } })) as Row<M> & L;
    await kind.assertOpen(tx, before);
    const after = await updateWithVersion(tx, kind.model, id, version!, data as UpdateData<M>);
    await audit({ action: "UPDATE", entity, entityId: id, before: kind.snapshot(before), after: kind.snapshot(after) });
    return id;
  }
  const created = await delegate.create({ data });
  await audit({ action: "CREATE", entity, entityId: created.id, after: kind.snapshot(created as Row<M>) });
  return created.id;
}

/** Deletes a record at the version the user saw, while it is open. Returns it as it was. */
export async function deleteOwned<M extends OwnedModel, L>(
  tx: Tx,
  audit: Audit,
  kind: OwnedKind<M, L>,
  input: { id: number; version: number },
): Promise<Row<M> & L> {
  const delegate = tx[kind.model] as unknown as Delegate;
  const entity = entityName(kind.model);
  const before = (await delegate.findUniqueOrThrow({ where: { id: input.id } })) as Row<M> & L;
  await kind.assertOpen(tx, before);
  const { count } = await delegate.deleteMany({ where: { id: input.id, version: input.version } });
  if (count !== 1) throw new AppError("CONFLICT", await conflictMessage(tx, entity, input.id));
  await audit({ action: "DELETE", entity, entityId: input.id, before: { ...before, ...kind.snapshot(before) } });
  return before;
}
