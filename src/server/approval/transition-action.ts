// The actions that only move a dossier from one state to another (approve, return,
// reopen, withdraw): the same steps, the transition's own rule from MOVES. Submitting
// creates the dossier first when there is none, so it has its own action.
import type { z } from "zod";
import type { ApprovalStatus, Prisma } from "@/generated/prisma/client";
import { defineAction } from "../actions/define-action";
import type { Viewer } from "../auth/viewer";
import { approvalPaths, transitionReport } from "./transition";

type Tx = Prisma.TransactionClient;

type TransitionInput = {
  organisationId: number;
  year: number;
  version: number;
  comment?: string | null;
  seen?: string;
  /** REOPEN: where the reopened data goes, chosen by the reviewer. */
  to?: "RETURNED" | "DRAFT";
};

/** The states each transition leaves and the one it enters (REOPEN: the input's `to`). */
const MOVES: Record<
  "APPROVE" | "RETURN" | "REOPEN" | "WITHDRAW",
  { from: ApprovalStatus[]; to: ApprovalStatus | null }
> = {
  APPROVE: { from: ["SUBMITTED"], to: "APPROVED" },
  RETURN: { from: ["SUBMITTED"], to: "RETURNED" },
  REOPEN: { from: ["APPROVED"], to: null },
  WITHDRAW: { from: ["SUBMITTED"], to: "DRAFT" },
};

export function transitionAction<S extends z.ZodType<TransitionInput>>(
  name: string,
  schema: S,
  authorize: (viewer: Viewer, input: { organisationId: number }, tx: Tx) => Promise<void>,
  action: keyof typeof MOVES,
) {
  const { from, to } = MOVES[action];
  return defineAction({
    name,
    schema,
    authorize,
    revalidate: approvalPaths,
    handler: ({ viewer, input, prisma, audit }) =>
      // REOPEN's schema always gives `to` (RETURNED by default).
      transitionReport({ tx: prisma, viewer, audit, ...input, from, to: to ?? input.to!, action }),
  });
}
