"use server";
import { flagText } from "@/domain/approval/submission-flags";
import { defineAction } from "../actions/define-action";
import { assertCanApprove } from "../auth/permissions";
import { assertCanWriteOrganisation } from "../auth/record-scope";
import { AppError, isAppError } from "../errors";
import { approveManySchema } from "./approve-many.validation";
import { dossierKey, loadDossierFacts } from "./dossier-facts";
import { listDossierChanges } from "./pending-changes";
import { approvalPaths, transitionReport } from "./transition";

/**
 * SUBMITTED → APPROVED for several dossiers at once (district staff and administrators),
 * each through the same transition as one approval, checking the version and the
 * fingerprint of the changes the reviewer was shown. Only clean submissions (no
 * data-quality flag) are approved together: a flagged one is for a reviewer to open and
 * approve on its own page, so the server refuses it here whatever the form sent. All or
 * nothing: one transaction; if any dossier is flagged, or changed since the list was
 * opened (or was approved or withdrawn meanwhile), none is approved and the message
 * names it.
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
    const nameOf = (organisationId: number) => orgs.find((o) => o.id === organisationId)?.name ?? `#${organisationId}`;
    // The flags of the content being approved, read as the reviewer's list reads them.
    const dossiers = [];
    for (const item of input.items)
      dossiers.push({ ...item, changes: await listDossierChanges(prisma, item.organisationId, item.year) });
    const facts = await loadDossierFacts(prisma, dossiers);
    const flagged = input.items.flatMap((item) => {
      const flags = facts.get(dossierKey(item.organisationId, item.year))?.flags ?? [];
      return flags.length
        ? [`${nameOf(item.organisationId)} (năm ${item.year}): ${flags.map((f) => flagText(f, item.year)).join("; ")}`]
        : [];
    });
    if (flagged.length)
      throw new AppError(
        "CONFLICT",
        `Chưa duyệt hồ sơ nào: chỉ duyệt cùng lúc được các hồ sơ không có cảnh báo chất lượng số liệu. Có cảnh báo: ${flagged.join(". ")}. Hãy tải lại trang, mở từng hồ sơ này để xem cảnh báo và duyệt riêng.`,
      );
    const approved: { organisationId: number; year: number; name: string }[] = [];
    for (const item of input.items) {
      const name = nameOf(item.organisationId);
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
