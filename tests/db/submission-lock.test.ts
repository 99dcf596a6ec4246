// Submission locks, enforced on the server for every action: a test walks the action
// registry, as the authorization matrix does. Every action that writes an existing
// organisation's data is refused while the organisation's dossier is submitted (by the
// commune official and by the district alike), writes nothing, and works again once the
// dossier is withdrawn ("Rút lại để sửa"); the import refuses the row concerned
// (tests/db/import-submitted.test.ts covers every part a row may touch). An action
// missing from both lists fails.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/domain/actions/action-result";
import { getAction, listActions } from "@/server/actions/registry";
import type { Viewer } from "@/server/auth/viewer";
import { approveReport } from "@/server/approval/approve-report.action";
import { submitReport } from "@/server/approval/submit-report.action";
import { withdrawReport } from "@/server/approval/withdraw-report.action";
import { saveAnnualReport } from "@/server/dossier/report/save-annual-report.action";
import { saveSupport } from "@/server/dossier/support/save-support.action";
import { staleApprovalMessage } from "@/server/approval/transition";
import { createActionWorld, DATA_YEAR, tableCounter, type ActionWorld } from "./action-world";
import { loadAllActions } from "./all-actions";
import { ACTION_EXPECTATIONS } from "./authz-expectations";

/** Actions that change an existing organisation's data: each must respect the lock. */
const LOCKED = [
  "digitalPractices.save",
  "digitalPractices.delete",
  "highTech.save",
  "highTech.delete",
  "importExport.import",
  "linkages.save",
  "linkages.delete",
  "memberships.add",
  "memberships.end",
  "memberships.reinstate",
  "organisations.update",
  "organisations.changeStatus",
  "ratings.save",
  "reports.save",
  "supports.save",
  "supports.delete",
  "yearFigures.save",
];

/** Actions the lock does not concern, and why. */
const NOT_CONCERNED: Record<string, string> = {
  "approval.submit": "the workflow itself",
  "approval.approve": "the workflow itself",
  "approval.return": "the workflow itself",
  "approval.reopen": "the workflow itself",
  "approval.withdraw": "the workflow itself",
  "approval.approveMany": "the workflow itself (each item is one approval)",
  "approval.approvePopulation": "population has no submission: each figure is approved on its own",
  "organisations.create": "a new organisation has no dossier yet",
  "population.save": "population has no submission",
  "reports.create": "periodic reports are not organisation data",
  "reports.update": "periodic reports are not organisation data",
  "reports.publish": "periodic reports are not organisation data",
  "reports.comment": "periodic reports are not organisation data",
  "targets.set": "targets are not organisation data",
  "targets.allocate": "allocations are a programme's targets, not organisation data",
  "programmes.save": "programmes are not organisation data",
  "programmes.delete": "programmes are not organisation data",
  "areaUnits.update": "units are not organisation data",
  "personalData.correct": "a person's own fields, not an organisation's figures",
  "personalData.anonymise": "removes a person's identity; memberships and every count stay",
  "personalData.setRetention": "a setting",
  "settings.setClosingRule": "a setting",
  "settings.setReportLetterhead": "a setting",
  "personalData.applyRetention": "removes identities; memberships and every count stay",
  "users.create": "accounts",
  "users.followSuccession": "accounts",
  "users.update": "accounts",
  "users.resetPassword": "accounts",
  "users.setDisabled": "accounts",
};

let w: ActionWorld;
let counts: () => Promise<Record<string, number>>;

beforeAll(async () => {
  await loadAllActions();
  w = await createActionWorld();
  counts = await tableCounter(w.prisma);
});
afterAll(async () => w?.db.dispose());

async function submitLatestOrganisation(): Promise<number> {
  const org = await w.prisma.organisation.findFirstOrThrow({ orderBy: { id: "desc" } });
  await w.prisma.annualReport.upsert({
    where: { organisationId_year: { organisationId: org.id, year: DATA_YEAR } },
    create: { organisationId: org.id, year: DATA_YEAR, approvalStatus: "SUBMITTED" },
    update: { approvalStatus: "SUBMITTED" },
  });
  return org.id;
}

describe("the list of locked actions", () => {
  it("classifies every registered action", () => {
    const names = listActions().map((a) => a.name);
    expect(
      names.filter((n) => !LOCKED.includes(n) && !(n in NOT_CONCERNED)),
      "unclassified",
    ).toEqual([]);
    expect(LOCKED.filter((n) => n in NOT_CONCERNED)).toEqual([]);
  });
});

describe.each(LOCKED)("%s on a submitted dossier", (name) => {
  it.each(["COMMUNE", "DISTRICT"] as const)("is refused for %s, then allowed after withdrawal", async (who) => {
    const viewer: Viewer = who === "COMMUNE" ? w.commune : w.district;
    const communeId = who === "COMMUNE" ? w.communeOwn : w.communeOther;
    const action = getAction(name)!;
    const payload = await ACTION_EXPECTATIONS[name].payload(w, communeId);
    const organisationId = await submitLatestOrganisation();
    const before = await counts();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = (await action.run(viewer, payload, w.prisma)) as ActionResult<unknown>;
    errors.mockRestore();
    expect(refused.ok, JSON.stringify(refused)).toBe(false);
    // the message says why; the importer says it on the row concerned (fieldErrors.issues)
    const said = refused.ok ? [] : [refused.error, ...Object.values(refused.fieldErrors ?? {}).flat()];
    expect(said.join("\n"), JSON.stringify(refused)).toMatch(/đã gửi duyệt/);
    expect(refused.ok === false && refused.ref, "a lock is not an unexpected error").toBeFalsy();
    expect(await counts(), "a refused call writes nothing").toEqual(before);

    const report = await w.prisma.annualReport.findUniqueOrThrow({
      where: { organisationId_year: { organisationId, year: DATA_YEAR } },
    });
    const withdrawn = await withdrawReport.run(
      viewer,
      { organisationId, year: DATA_YEAR, version: report.version },
      w.prisma,
    );
    expect(withdrawn).toMatchObject({ ok: true });
    // The report now exists (the dossier that was submitted): its form sends the version.
    const version = report.version + 1;
    const again =
      name === "reports.save"
        ? { ...payload, version }
        : name === "yearFigures.save"
          ? { ...payload, "report.version": version }
          : payload;
    expect(await action.run(viewer, again, w.prisma), "allowed once withdrawn").toMatchObject({ ok: true });
  });
});

describe("withdraw, edit, resubmit, approve", () => {
  it("refuses an approval of content that changed since the reviewer opened it", async () => {
    const o = await w.make.organisation(w.communeOwn);
    const save = (over: Record<string, unknown>) =>
      saveAnnualReport.run(w.commune, { organisationId: o.id, year: DATA_YEAR, memberCount: "20", ...over }, w.prisma);
    expect(await save({})).toMatchObject({ ok: true });
    expect(await submitReport.run(w.commune, { organisationId: o.id, year: DATA_YEAR }, w.prisma)).toMatchObject({
      ok: true,
    });
    const opened = await w.prisma.annualReport.findUniqueOrThrow({
      where: { organisationId_year: { organisationId: o.id, year: DATA_YEAR } },
    });
    // the commune withdraws, adds support and resubmits while the reviewer has the page open
    await withdrawReport.run(w.commune, { organisationId: o.id, year: DATA_YEAR, version: opened.version }, w.prisma);
    expect(
      await saveSupport.run(
        w.commune,
        { organisationId: o.id, policyArea: "CREDIT", year: DATA_YEAR, amount: "5.000.000", note: "" },
        w.prisma,
      ),
    ).toMatchObject({ ok: true });
    expect(await submitReport.run(w.commune, { organisationId: o.id, year: DATA_YEAR }, w.prisma)).toMatchObject({
      ok: true,
    });
    const stale = await approveReport.run(
      w.district,
      { organisationId: o.id, year: DATA_YEAR, version: opened.version, comment: "" },
      w.prisma,
    );
    expect(stale).toEqual(expect.objectContaining({ ok: false, error: staleApprovalMessage }));
    const current = await w.prisma.annualReport.findUniqueOrThrow({ where: { id: opened.id } });
    const wrongContent = await approveReport.run(
      w.district,
      { organisationId: o.id, year: DATA_YEAR, version: current.version, comment: "", seen: "0000000000000000" },
      w.prisma,
    );
    expect(wrongContent).toEqual(expect.objectContaining({ ok: false, error: staleApprovalMessage }));
    const approved = await approveReport.run(
      w.district,
      { organisationId: o.id, year: DATA_YEAR, version: current.version, comment: "" },
      w.prisma,
    );
    expect(approved).toMatchObject({ ok: true });
    // the approval records exactly what it approved
    const audit = await w.prisma.auditLog.findFirstOrThrow({
      where: { action: "APPROVE", entity: "AnnualReport", entityId: String(opened.id) },
    });
    const after = audit.after as { approved: { changes: number; rows: { entity: string }[] } };
    expect(after.approved.rows.map((r) => r.entity).sort()).toEqual(["AnnualReport", "SupportReceived"]);
    expect(await w.prisma.pendingChange.count({ where: { organisationId: o.id } })).toBe(0);
  });
});
