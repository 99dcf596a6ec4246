// Records that belong to an organisation: authorization goes through the organisation
// the record belongs to IN THE DATABASE, never an organisationId sent with the request.
import type { Prisma } from "@/generated/prisma/client";
import { assertCanWriteOrganisation } from "../auth/record-scope";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";

type Tx = Prisma.TransactionClient;

export type OwnedModel =
  "membership" | "valueChainLink" | "highTechApplication" | "digitalPractice" | "supportReceived";

type Finder = {
  findUnique(args: {
    where: { id: number };
    select: { organisationId: true };
  }): Promise<{ organisationId: number } | null>;
};

/** The record's organisation id, after checking the viewer may write in its commune. */
export async function assertCanWriteOwned(viewer: Viewer, tx: Tx, model: OwnedModel, id: number): Promise<number> {
  const row = await (tx[model] as unknown as Finder).findUnique({ where: { id }, select: { organisationId: true } });
  if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy bản ghi (có thể đã bị xoá); hãy tải lại trang");
  await assertCanWriteOrganisation(viewer, tx, row.organisationId);
  return row.organisationId;
}

/** An action's authorization when its input names an owned record by id. */
export const authorizeOwned = (model: OwnedModel) => async (viewer: Viewer, input: { id: number }, tx: Tx) =>
  void (await assertCanWriteOwned(viewer, tx, model, input.id));

/**
 * Authorization of a "save" of an owned record: an edit (id given) is checked through
 * the organisation the record belongs to in the database, and must name that same
 * organisation; a new record through the organisation it is created for.
 */
export async function assertCanSaveOwned(
  viewer: Viewer,
  tx: Tx,
  model: OwnedModel,
  input: { id?: number | null; organisationId: number },
): Promise<void> {
  if (input.id) {
    const owner = await assertCanWriteOwned(viewer, tx, model, input.id);
    if (owner !== input.organisationId) throw new AppError("INVALID", "Bản ghi không thuộc tổ chức này");
  } else await assertCanWriteOrganisation(viewer, tx, input.organisationId);
}
