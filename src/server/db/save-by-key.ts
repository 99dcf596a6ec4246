// The one record of a key (an organisation's year, a unit's year), created or updated
// from a form: the annual report, the rating and the population are each saved so.
import type { Prisma } from "../../generated/prisma/client";
import type { AuditInput } from "../audit/record-audit";
import { AppError } from "../errors";
import { conflictMessage, entityName, updateWithVersion, type Row, type UpdateData } from "./optimistic";

type Tx = Prisma.TransactionClient;

/** The models with one record per key, and their keys (the fields of the compound unique
 *  key, in its order: Prisma names it after them, "organisationId_year"). */
type Keys = {
  annualReport: { organisationId: number; year: number };
  rating: { organisationId: number; year: number };
  population: { areaUnitId: number; year: number };
};

type KeyedDelegate = {
  findUnique(args: { where: Record<string, unknown> }): Promise<{ id: number } | null>;
  create(args: { data: Record<string, unknown> }): Promise<{ id: number }>;
};

/**
 * Updates the record of `key` at the version the form was opened with, or creates it
 * (with the key's fields) when there is none; audited either way, with `snapshot` as the
 * image. A record someone created after the form was opened (the form has no version) is
 * a conflict: it is never overwritten blindly. Returns the record as written.
 */
export async function saveByKey<M extends keyof Keys>(
  tx: Tx,
  audit: (entry: AuditInput) => Promise<void>,
  model: M,
  key: Keys[M],
  edit: { version: number | undefined; data: UpdateData<M>; snapshot: (row: Row<M>) => unknown },
): Promise<Row<M>> {
  const { version, data, snapshot } = edit;
  const delegate = tx[model] as unknown as KeyedDelegate;
  const entity = entityName(model);
  const existing = await delegate.findUnique({ where: { [Object.keys(key).join("_")]: key } });
  if (existing) {
    if (version === undefined) throw new AppError("CONFLICT", await conflictMessage(tx, entity, existing.id));
    const after = await updateWithVersion(tx, model, existing.id, version, data);
    await audit({
      action: "UPDATE",
      entity,
      entityId: existing.id,
      before: snapshot(existing as Row<M>),
      after: snapshot(after),
    });
    return after;
  }
  const created = (await delegate.create({ data: { ...key, ...data } })) as Row<M> & { id: number };
  await audit({ action: "CREATE", entity, entityId: created.id, after: snapshot(created) });
  return created;
}
