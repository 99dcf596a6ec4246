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

/** What the actions return and the pages are found from: the record's organisation (and
 *  year, for a record of a year). */
type Ref = { organisationId: number };

export type OwnedKind<M extends OwnedModel, L, R extends Ref> = {
  model: M;
  /** The record as its audit rows show it. */
  snapshot: (row: Row<M>) => Record<string, unknown>;
  /** Refuses while the year (or period) the record is in is locked. */
  assertOpen: (tx: Tx, record: L) => Promise<void>;
  ref: (record: L) => R;
  /** The pages that show the record. */
  pages: (ref: R) => string[];
};

/** One kind of record (types inferred from where it stands: inYear or inPeriod). */
export const ownedKind = <M extends OwnedModel, L, R extends Ref>(kind: OwnedKind<M, L, R>) => kind;

type Delegate = {
  findUniqueOrThrow(args: { where: { id: number } }): Promise<unknown>;
  create(args: { data: unknown }): Promise<{ id: number }>;
  deleteMany(args: { where: { id: number; version: number } }): Promise<{ count: number }>;
};

type OfYear = { organisationId: number; year: number };
type OfPeriod = { organisationId: number; validFrom: Date; validTo: Date | null };

/** A record of a year: locked while the year is approved or its dossier submitted; shown
 *  on the organisation's page and the year's. */
export const inYear = {
  assertOpen: (tx: Tx, r: OfYear) => assertYearOpen(tx, r.organisationId, r.year),
  ref: (r: OfYear) => ({ organisationId: r.organisationId, year: r.year }),
  pages: (r: OfYear) => [`/to-chuc/${r.organisationId}`, `/to-chuc/${r.organisationId}/nam/${r.year}`],
};

/** A record of a period: locked while a year the period covers is approved, or any
 *  dossier submitted; shown on the organisation's page and the kind's own (`page`). */
export const inPeriod = (page: string) => ({
  assertOpen: (tx: Tx, r: OfPeriod) => assertPeriodOpen(tx, r.organisationId, r.validFrom, r.validTo),
  ref: (r: OfPeriod) => ({ organisationId: r.organisationId }),
  pages: (r: { organisationId: number }) => [`/to-chuc/${r.organisationId}`, `/to-chuc/${r.organisationId}/${page}`],
});

/**
 * Creates (no id) or edits (id and the version the user saw) a record. Both the values
 * saved and, on an edit, the record's current ones must be open: moving a record out of
 * a locked year is a change of that year too. Returns the record's id.
 */
export async function saveOwned<M extends OwnedModel, L, R extends Ref>(
  tx: Tx,
  audit: Audit,
  kind: OwnedKind<M, L, R>,
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
export async function deleteOwned<M extends OwnedModel, L, R extends Ref>(
  tx: Tx,
  audit: Audit,
  kind: OwnedKind<M, L, R>,
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
