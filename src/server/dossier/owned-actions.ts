// The save and delete actions of an organisation's dated records (owned-kinds.ts): one
// wiring for every kind. The *.action.ts files only name them.
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { defineAction } from "../actions/define-action";
import { deleteRecordSchema } from "./owned-record.validation";
import { assertCanSaveOwned, authorizeOwned, type OwnedModel } from "./owned-record";
import { deleteOwned, saveOwned, type OwnedKind } from "./save-owned";

type Saved = { id?: number | null; version?: number | null; organisationId: number };

/** Creates (no id) or edits a record; `beforeCreate` may refuse a new one (AppError). */
export function saveOwnedAction<M extends OwnedModel, L, R extends { organisationId: number }, I extends L & Saved>(
  name: string,
  schema: z.ZodType<I>,
  kind: OwnedKind<M, L, R>,
  beforeCreate?: (tx: Prisma.TransactionClient, input: I) => Promise<void>,
) {
  return defineAction({
    name,
    schema,
    authorize: (viewer, input, tx) => assertCanSaveOwned(viewer, tx, kind.model, input),
    revalidate: kind.pages,
    async handler({ input, prisma, audit }) {
      if (!input.id) await beforeCreate?.(prisma, input);
      const id = await saveOwned(prisma, audit, kind, input);
      return { id, ...kind.ref(input) };
    },
  });
}

/** Deletes a record at the version the user saw. */
export function deleteOwnedAction<M extends OwnedModel, L, R extends { organisationId: number }>(
  name: string,
  kind: OwnedKind<M, L, R>,
) {
  return defineAction({
    name,
    schema: deleteRecordSchema,
    authorize: authorizeOwned(kind.model),
    revalidate: kind.pages,
    async handler({ input, prisma, audit }) {
      const before = await deleteOwned(prisma, audit, kind, input);
      return { id: input.id, ...kind.ref(before) };
    },
  });
}
