"use server";
import { defineAction } from "../actions/define-action";
import { assertCanApprove } from "../auth/permissions";
import { assertCanWriteOrganisation } from "../auth/record-scope";
import { AppError, isAppError } from "../errors";
import { approveManySchema } from "./approve-many.validation";
import { approvalPaths, transitionReport } from "./transition";

/**
 * SUBMITTED → APPROVED for several dossiers at once (district staff and administrators),
 * each through the same transition as one approval, checking the version and the
 * fingerprint of the changes the reviewer was shown. All or nothing: one transaction; if
 * any dossier changed since the list was opened (or was approved or withdrawn meanwhile),
 * none is approved and the message names it.
 */
export const approveMany = defineAction({
  name: "approval.approveMany",
  schema: approveManySchema,
  async authorize(viewer, input, tx) {
    assertCanApprove(viewer);
    for (const item of input.items) await assertCanWriteOrganisation(viewer, tx, item.organisationId);
  },
  revalidate: (d: { approved: { organisationId: number; year: number }[] }) => [
    ...new Set(d.approved.flatMap((x) => approvalPaths(x))),
  ],
  async handler({ viewer, input, prisma, audit }) {
    const orgs = await prisma.organisation.findMany({
      where: { id: { in: input.items.map((i) => i.organisationId) } },
      select: { id: true, name: true },
    });
    const approved: { organisationId: number; year: number; name: string }[] = [];
    for (const item of input.items) {
      const name = orgs.find((o) => o.id === item.organisationId)?.name ?? `#${item.organisationId}`;
      try {
        await transitionReport({
          tx: prisma,
          viewer,
          audit,
          organisationId: item.organisationId,
          year: item.year,
          version: item.version,
          comment: input.comment,
          seen: item.seen,
          from: ["SUBMITTED"],
          to: "APPROVED",
          action: "APPROVE",
        });
      } catch (e) {
        if (isAppError(e)) throw new AppError(e.code, `Chưa duyệt hồ sơ nào. ${name} (năm ${item.year}): ${e.message}`);
        throw e;
      }
      approved.push({ organisationId: item.organisationId, year: item.year, name });
    }
    return { approved };
  },
});
