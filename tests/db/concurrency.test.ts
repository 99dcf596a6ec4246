// Concurrent edits through the real actions: N callers submit an edit of the same
// record from the same version at once. Exactly one wins, the others are refused with
// the "changed by someone else" message, the row is the winner's (no field of a loser
// leaks in), the version moves by one and one audit row is written. With
// TEST_DATABASE_URL the calls run on a pool of connections (real parallel
// transactions); on PGlite (one connection) they are serialised, which still checks
// that the losers are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/domain/actions/action-result";
import { approveReport } from "@/server/approval/approve-report.action";
import { returnReport } from "@/server/approval/return-report.action";
import { updateOrganisation } from "@/server/organisation/update-organisation.action";
import { saveAnnualReport } from "@/server/dossier/report/save-annual-report.action";
import type { Viewer } from "@/server/auth/viewer";
import { DATA_YEAR, FOUNDED_ON, createActionWorld, type ActionWorld } from "./action-world";

const N = 10;
const MODE = process.env.TEST_DATABASE_URL ? "PostgreSQL server, pool of connections" : "PGlite, one connection";
/**
 * A stale caller's refusal: the version check ("… sửa lúc … sau khi bạn mở; hãy tải lại")
 * or, when the winner committed before the loser read the row, the state check
 * ("Không thể thực hiện khi … đang ở trạng thái …; hãy tải lại trang").
 */
const CONFLICT = /sau khi bạn mở; hãy tải lại|đang ở trạng thái .*; hãy tải lại trang/;

let w: ActionWorld;
beforeAll(async () => {
  w = await createActionWorld();
});
afterAll(async () => w?.db.dispose());

/** The callers take turns: district staff, the administrator, the commune official (own commune). */
const callers = (): Viewer[] => Array.from({ length: N }, (_, i) => [w.district, w.admin, w.commune][i % 3]);

function oneWinner<T>(results: ActionResult<T>[]): number {
  const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
  expect(winners, JSON.stringify(results)).toHaveLength(1);
  for (const r of results) if (!r.ok) expect(r.error).toMatch(CONFLICT);
  return winners[0];
}

const auditCount = (entity: string, id: number, action: string) =>
  w.prisma.auditLog.count({ where: { entity, entityId: String(id), action } });

describe(`${N} simultaneous edits of one record (${MODE})`, () => {
  it("organisation identity: one winner, the row is exactly the winner's, version + 1", async () => {
    const org = await w.make.organisation(w.communeOwn);
    const payload = (i: number) => ({
      id: org.id,
      version: org.version,
      code: org.code,
      type: "HTX",
      name: `Tên sửa lần ${i}`,
      communeId: w.communeOwn,
      address: `Ấp ${i}`,
      sector: i % 2 ? "NON_AGRICULTURE" : "AGRICULTURE",
      mainProducts: `Sản phẩm ${i}`,
      foundedOn: FOUNDED_ON,
    });
    const results = await Promise.all(callers().map((v, i) => updateOrganisation.run(v, payload(i), w.prisma)));
    const i = oneWinner(results);
    const row = await w.prisma.organisation.findUniqueOrThrow({ where: { id: org.id } });
    expect(row).toMatchObject({
      name: `Tên sửa lần ${i}`,
      address: `Ấp ${i}`,
      sector: i % 2 ? "NON_AGRICULTURE" : "AGRICULTURE",
      mainProducts: [`Sản phẩm ${i}`],
      version: org.version + 1,
    });
    expect(await auditCount("Organisation", org.id, "UPDATE")).toBe(1);
  });

  it("yearly figures: one winner, no lost or mixed update", async () => {
    const org = await w.make.organisation(w.communeOwn);
    const report = await w.make.annualReport(org.id, "DRAFT");
    const payload = (i: number) => ({
      organisationId: org.id,
      year: DATA_YEAR,
      version: report.version,
      memberCount: String(100 + i),
      officialMemberCount: String(50 + i),
      revenue: `${i + 1}.000.000`,
    });
    const results = await Promise.all(callers().map((v, i) => saveAnnualReport.run(v, payload(i), w.prisma)));
    const i = oneWinner(results);
    const row = await w.prisma.annualReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(row).toMatchObject({
      memberCount: 100 + i,
      officialMemberCount: 50 + i,
      revenue: BigInt(i + 1) * 1_000_000n,
      version: report.version + 1,
    });
    expect(await auditCount("AnnualReport", report.id, "UPDATE")).toBe(1);
  });

  it("approval of one submitted report: one approval, the others refused", async () => {
    const org = await w.make.organisation(w.communeOther);
    const report = await w.make.annualReport(org.id, "SUBMITTED");
    const payload = { organisationId: org.id, year: DATA_YEAR, version: report.version, comment: "" };
    const approvers = Array.from({ length: N }, (_, i) => (i % 2 ? w.admin : w.district));
    const results = await Promise.all(approvers.map((v) => approveReport.run(v, payload, w.prisma)));
    const i = oneWinner(results);
    const row = await w.prisma.annualReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(row).toMatchObject({
      approvalStatus: "APPROVED",
      approvedById: approvers[i].id,
      version: report.version + 1,
    });
    expect(await auditCount("AnnualReport", report.id, "APPROVE")).toBe(1);
  });

  it("approve and return racing on one report: exactly one transition happens", async () => {
    const org = await w.make.organisation(w.communeOther);
    const report = await w.make.annualReport(org.id, "SUBMITTED");
    const target = { organisationId: org.id, year: DATA_YEAR, version: report.version };
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        i % 2
          ? approveReport.run(w.district, { ...target, comment: "" }, w.prisma)
          : returnReport.run(w.admin, { ...target, comment: `Trả lại lần ${i}` }, w.prisma),
      ),
    );
    const i = oneWinner(results);
    const row = await w.prisma.annualReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(row.approvalStatus).toBe(i % 2 ? "APPROVED" : "RETURNED");
    expect(row.version).toBe(report.version + 1);
    const transitions = await w.prisma.auditLog.count({
      where: { entity: "AnnualReport", entityId: String(report.id), action: { in: ["APPROVE", "RETURN"] } },
    });
    expect(transitions).toBe(1);
  });
});
