// The read side of the approval gate: what a commune official sees of their pending
// changes (unsent, then waiting) and the checklist before sending; the reviewer's whole
// submission (changes before → now, the report against the last approved year, the
// data-quality flags) and queue; approving several clean dossiers at once (all or
// nothing). Every write goes through the real server actions.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { approveMany } from "@/server/approval/approve-many.action";
import { approvePopulation } from "@/server/approval/approve-population.action";
import { approveReport } from "@/server/approval/approve-report.action";
import { submitReport } from "@/server/approval/submit-report.action";
import { withdrawReport } from "@/server/approval/withdraw-report.action";
import { getSubmission } from "@/server/approval/get-submission";
import { getSubmissionChecklist } from "@/server/approval/get-submission-checklist";
import { listSubmissions } from "@/server/approval/list-submissions";
import { countPendingByOrganisation, getOrganisationApproval, yearLock } from "@/server/approval/organisation-approval";
import { fingerprint, listDossierChanges } from "@/server/approval/pending-changes";
import { staleApprovalMessage } from "@/server/approval/transition";
import { saveHighTech } from "@/server/dossier/high-tech/save-high-tech.action";
import { addMember } from "@/server/membership/add-member.action";
import { createOrganisation } from "@/server/organisation/create-organisation.action";
import { updateOrganisation } from "@/server/organisation/update-organisation.action";
import { savePopulation } from "@/server/population/save-population.action";
import { saveAnnualReport } from "@/server/dossier/report/save-annual-report.action";
import { saveRating } from "@/server/dossier/rating/save-rating.action";
import { listOrganisations } from "@/server/organisation/list-organisations";
import { createEntryWorld, type EntryWorld } from "./entry-fixtures";

let w: EntryWorld;
const YEAR = 2026;

beforeAll(async () => {
  w = await createEntryWorld();
});
afterAll(async () => w?.db.dispose());

type Act = { run: (v: Viewer | null, p: unknown, prisma: typeof w.prisma) => Promise<unknown> };
async function ok(action: Act, viewer: Viewer, payload: Record<string, unknown>) {
  const r = (await action.run(viewer, payload, w.prisma)) as { ok: boolean; data?: Record<string, unknown> };
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return r as { ok: true; data: Record<string, unknown> };
}
const envelope = (organisationId: number, year = YEAR) =>
  w.prisma.annualReport.findUniqueOrThrow({ where: { organisationId_year: { organisationId, year } } });
const seenOf = async (organisationId: number, year = YEAR) =>
  fingerprint(await listDossierChanges(w.prisma, organisationId, year));

const member = (organisationId: number, fullName: string) => ({
  organisationId,
  personChoice: "new",
  fullName,
  birthYear: "1980",
  gender: "",
  kind: "INDIVIDUAL",
  idNumber: "",
  memberType: "OFFICIAL",
  joinedOn: "2026-01-10",
  leftOn: "",
  capitalContributed: "5.000.000",
});

let newOrg = 0;

describe("a commune official's pending changes", () => {
  it("are unsent until the dossier is sent, then wait for the district; forms know the lock", async () => {
    const created = await ok(createOrganisation, w.communeUser, {
      code: "HTX-MOI-R",
      type: "HTX",
      name: "Hợp tác xã Dừa Mới",
      communeId: w.communeA,
      address: "",
      sector: "AGRICULTURE",
      mainProducts: "Dừa",
      foundedOn: "2020-05-01",
      hasMemberRegister: "on",
    });
    newOrg = created.data.id as number;
    await ok(addMember, w.communeUser, member(newOrg, "Lê Văn Mới"));

    const counts = await countPendingByOrganisation(w.communeUser, w.prisma, [newOrg, w.orgB]);
    expect(counts.get(newOrg)).toEqual({ waiting: 0, unsent: expect.any(Number) });
    expect(counts.get(newOrg)!.unsent).toBeGreaterThanOrEqual(3); // identity, status, membership
    expect(counts.has(w.orgB)).toBe(false);
    const listed = await listOrganisations(w.communeUser, w.prisma, { page: 1, q: "HTX-MOI-R" });
    expect(
      (await listOrganisations(w.communeUser, w.prisma, { page: 1 }, { pending: "UNSENT" })).rows.map((r) => r.id),
    ).toEqual([newOrg]);
    expect(listed.rows[0]).toMatchObject({ id: newOrg, pending: { waiting: 0 } });
    // a commune official's own communes; a commune in the filters overrides them
    const own = await listOrganisations(w.communeUser, w.prisma, { page: 1 }, { communeIds: w.communeUser.communeIds });
    expect(own.rows.map((r) => r.id)).toEqual(expect.arrayContaining([w.orgA, newOrg]));
    expect(own.rows.map((r) => r.id)).not.toContain(w.orgB);
    const orgBCommune = (await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgB } })).communeId;
    const named = await listOrganisations(
      w.communeUser,
      w.prisma,
      { page: 1, commune: orgBCommune },
      { communeIds: w.communeUser.communeIds },
    );
    expect(named.rows.map((r) => r.id)).toContain(w.orgB);

    // the checklist before sending: warnings, not blockers
    const checklist = await getSubmissionChecklist(w.communeUser, w.prisma, newOrg, YEAR);
    expect(checklist.filter((i) => !i.done).map((i) => i.text)).toEqual([
      "Chưa có số liệu báo cáo năm 2026",
      "Chưa nhập số thành viên",
      "Chưa nhập doanh thu",
      "Hợp tác xã chưa có xếp loại năm 2026",
    ]);

    // sent without a report: the envelope is created
    await ok(submitReport, w.communeUser, { organisationId: newOrg, year: YEAR });
    const after = await countPendingByOrganisation(w.communeUser, w.prisma, [newOrg]);
    expect(after.get(newOrg)!.unsent).toBe(0);
    const state = await getOrganisationApproval(w.communeUser, w.prisma, newOrg);
    expect(state.submitted).toMatchObject({ year: YEAR, status: "SUBMITTED" });
    expect(yearLock(state, YEAR)?.status).toBe("SUBMITTED");
    expect(yearLock(state, YEAR - 1)).toBeNull();
    expect(state.pending.every((p) => p.waiting)).toBe(true);
    expect(state.pending.find((p) => p.entity === "Organisation")).toMatchObject({ created: true, year: null });
  });
});

describe("the reviewer's whole submission", () => {
  it("shows each part before → now, the report against the last approved year, and the flags", async () => {
    // 2025 approved: revenue 1 tỷ, 10 members reported
    await ok(saveAnnualReport, w.communeUser, {
      organisationId: w.orgA,
      year: YEAR - 1,
      memberCount: "10",
      revenue: "1.000.000.000",
      employeeCount: "4",
    });
    await ok(submitReport, w.communeUser, { organisationId: w.orgA, year: YEAR - 1 });
    const e25 = await envelope(w.orgA, YEAR - 1);
    await ok(approveReport, w.districtUser, {
      organisationId: w.orgA,
      year: YEAR - 1,
      version: e25.version,
      seen: await seenOf(w.orgA, YEAR - 1),
    });

    // 2026: renamed, one member, revenue × 5, 12 members reported, high tech without evidence
    const org = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } });
    await ok(updateOrganisation, w.communeUser, {
      id: org.id,
      version: org.version,
      code: org.code,
      type: org.type,
      name: "Hợp tác xã Bình Phú Xanh",
      communeId: org.communeId,
      address: "",
      sector: org.sector,
      mainProducts: "Lúa",
      foundedOn: "2020-03-01",
      hasMemberRegister: "on",
    });
    await ok(addMember, w.communeUser, member(w.orgA, "Phạm Thị Hoa"));
    await ok(saveAnnualReport, w.communeUser, {
      organisationId: w.orgA,
      year: YEAR,
      memberCount: "12",
      revenue: "5.000.000.000",
      employeeCount: "4",
    });
    await ok(saveHighTech, w.communeUser, {
      organisationId: w.orgA,
      technologyType: "VIETGAP",
      description: "Lúa VietGAP",
      evidence: "",
      validFrom: "2026-02-01",
      validTo: "",
    });
    await ok(submitReport, w.communeUser, { organisationId: w.orgA, year: YEAR });

    const s = await getSubmission(w.districtUser, w.prisma, w.orgA, YEAR);
    expect(s.canApprove).toBe(true);
    expect(s.source).toBe("PENDING");
    expect(s.dossier).toMatchObject({ status: "SUBMITTED", submittedBy: "Người dùng xa.a" });
    expect(s.seen).toBe(await seenOf(w.orgA));
    expect(s.identity).toMatchObject({ kind: "CHANGED" });
    expect(s.identity!.fields).toEqual([
      { key: "name", label: "Tên tổ chức", before: "Tổ chức HTX-A", after: "Hợp tác xã Bình Phú Xanh" },
      { key: "mainProducts", label: "Sản phẩm, dịch vụ chính", before: null, after: "Lúa" },
    ]);
    expect(s.members.changes).toHaveLength(1);
    expect(s.members.changes[0]).toMatchObject({ event: "JOIN", title: "Phạm Thị Hoa (1980)" });
    expect(s.members.register).toMatchObject({ count: 1 });
    expect(s.report).toMatchObject({ exists: true, change: "ADDED", compareYear: 2025 });
    const revenue = s.report.rows.find((r) => r.key === "revenue")!;
    expect(revenue).toMatchObject({ previous: "1\u00A0tỷ đồng", now: "5\u00A0tỷ đồng", change: "+400,0\u00A0%" });
    expect(s.report.rows.find((r) => r.key === "memberCount")).toMatchObject({
      previous: "10",
      now: "12",
      change: "+20,0\u00A0%",
    });
    expect(s.highTech.lines).toEqual([
      expect.objectContaining({
        title: "VietGAP",
        change: "ADDED",
        detail: expect.stringContaining("Chưa có minh chứng"),
      }),
    ]);
    expect(s.flags.map((f) => f.kind)).toEqual(["JUMP", "MEMBER_MISMATCH", "NO_RATING", "HIGH_TECH_NO_EVIDENCE"]);
    expect(s.flags[0].text).toContain("Doanh thu tăng 5 lần so với năm 2025");
    expect(s.flags[1].text).toMatch(/^Số thành viên báo cáo \(12\) khác sổ thành viên ngày .* \(1\)$/);

    // anyone signed in reads it; only district staff and administrators approve
    const asCommune = await getSubmission(w.communeUser, w.prisma, w.orgA, YEAR);
    expect(asCommune.canApprove).toBe(false);
    await expect(getSubmission(null as unknown as Viewer, w.prisma, w.orgA, YEAR)).rejects.toThrow(/đăng nhập/);
    // it names members: not for the committee nor another commune's officials
    await expect(getSubmission(w.committee, w.prisma, w.orgA, YEAR)).rejects.toThrow(/Chỉ cán bộ/);
    await expect(getSubmission(w.communeUser, w.prisma, w.orgB, YEAR)).rejects.toThrow(/Chỉ cán bộ/);
    await expect(getSubmission(w.districtUser, w.prisma, 999_999, YEAR)).rejects.toThrow(/Không tìm thấy/);
  });

  it("lists submitted dossiers with their changes and flags, and pending population figures", async () => {
    await ok(savePopulation, w.communeUser, {
      areaUnitId: w.communeA,
      year: YEAR,
      population: "12.345",
      households: "",
    });
    const list = await listSubmissions(w.districtUser, w.prisma, { year: YEAR });
    expect(list.total).toBe(2);
    const byOrg = new Map(list.items.map((i) => [i.organisation.id, i]));
    expect(byOrg.get(w.orgA)).toMatchObject({
      changes: (await listDossierChanges(w.prisma, w.orgA, YEAR)).length,
      seen: await seenOf(w.orgA),
      organisation: { communeName: "Xã Bình Phú" },
    });
    expect(byOrg.get(w.orgA)!.flags.map((f) => f.kind)).toContain("JUMP");
    expect(byOrg.get(newOrg)!.flags.map((f) => f.kind)).toEqual(["NO_RATING"]);
    expect(list.population).toEqual([
      expect.objectContaining({
        areaUnitId: w.communeA,
        year: YEAR,
        before: null,
        now: expect.objectContaining({ population: 12_345 }),
      }),
    ]);
    // filtered to the other commune: nothing
    expect((await listSubmissions(w.districtUser, w.prisma, { year: YEAR, communeId: w.communeB })).items).toEqual([]);
    // commune officials and the committee do not get the queue
    await expect(listSubmissions(w.communeUser, w.prisma, { year: YEAR })).rejects.toThrow(/duyệt/);
    await expect(listSubmissions(w.committee, w.prisma, { year: YEAR })).rejects.toThrow(/duyệt/);

    await ok(approvePopulation, w.districtUser, { areaUnitId: w.communeA, year: YEAR });
    expect((await listSubmissions(w.districtUser, w.prisma, { year: YEAR })).population).toEqual([]);
  });
});

describe("approving several submissions at once", () => {
  /** The queue's item of a dossier: its version and the fingerprint the reviewer saw. */
  const queued = async (organisationId: number) => {
    const list = await listSubmissions(w.districtUser, w.prisma, { year: YEAR });
    const i = list.items.find((x) => x.organisation.id === organisationId)!;
    return { organisationId, year: YEAR, version: i.version, seen: i.seen, flags: i.flags };
  };
  const item = ({ organisationId, year, version, seen }: Awaited<ReturnType<typeof queued>>) => ({
    organisationId,
    year,
    version,
    seen,
  });

  it("is all or nothing: one stale item approves none and names it", async () => {
    // make the new organisation clean: a rating
    const eNew = await envelope(newOrg);
    await ok(withdrawReport, w.communeUser, { organisationId: newOrg, year: YEAR, version: eNew.version });
    await ok(saveRating, w.communeUser, {
      organisationId: newOrg,
      year: YEAR,
      scheme: "AGRICULTURE",
      mode: "SCORED",
      score: "82",
      notRatedReason: "",
    });
    await ok(submitReport, w.communeUser, { organisationId: newOrg, year: YEAR });
    // a second clean submission: a group's revenue, no previous year to jump from
    await ok(saveAnnualReport, w.communeUser, { organisationId: w.thtA, year: YEAR, revenue: "100.000.000" });
    await ok(submitReport, w.communeUser, { organisationId: w.thtA, year: YEAR });
    const clean = await queued(newOrg);
    const group = await queued(w.thtA);
    expect([clean.flags, group.flags]).toEqual([[], []]);
    const pendingBefore = await w.prisma.pendingChange.count();

    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const stale = await approveMany.run(
      w.districtUser,
      { items: [item(clean), { ...item(group), seen: "0000000000000000" }] },
      w.prisma,
    );
    errors.mockRestore();
    expect(stale).toMatchObject({ ok: false });
    expect((stale as { error: string }).error).toBe(
      `Chưa duyệt hồ sơ nào. Tổ chức THT-A (năm 2026): ${staleApprovalMessage}`,
    );
    expect((await envelope(newOrg)).approvalStatus).toBe("SUBMITTED");
    expect(await w.prisma.pendingChange.count()).toBe(pendingBefore);

    // refused to a commune official
    const refused = await approveMany.run(w.communeUser, { items: [item(clean)] }, w.prisma);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/duyệt/) });
    expect((await envelope(newOrg)).approvalStatus).toBe("SUBMITTED");
  });

  it("refuses the whole batch when one item carries a data-quality flag, naming it", async () => {
    const clean = await queued(newOrg);
    const flagged = await queued(w.orgA);
    expect(flagged.flags.map((f) => f.kind)).toContain("JUMP");
    const pendingBefore = await w.prisma.pendingChange.count();
    // what a form tampered with, or a list opened before the flag appeared, would send
    const r = await approveMany.run(w.districtUser, { items: [item(clean), item(flagged)] }, w.prisma);
    expect(r).toMatchObject({ ok: false });
    const error = (r as { error: string }).error;
    expect(error).toMatch(
      /^Chưa duyệt hồ sơ nào: chỉ duyệt cùng lúc được các hồ sơ không có cảnh báo chất lượng số liệu\. Có cảnh báo: Hợp tác xã Bình Phú Xanh \(năm 2026\): Doanh thu tăng 5 lần so với năm 2025/,
    );
    expect(error).toMatch(/Hãy tải lại trang, mở từng hồ sơ này để xem cảnh báo và duyệt riêng\.$/);
    expect(error).not.toContain("Hợp tác xã Dừa Mới");
    for (const id of [newOrg, w.orgA]) expect((await envelope(id)).approvalStatus).toBe("SUBMITTED");
    expect(await w.prisma.pendingChange.count()).toBe(pendingBefore);
    expect(await w.prisma.auditLog.count({ where: { action: "APPROVE", entity: "AnnualReport" } })).toBe(1);
  });

  it("approves every clean item through the same transition, from checkbox values too", async () => {
    const list = await listSubmissions(w.districtUser, w.prisma, { year: YEAR });
    const fd = new FormData();
    for (const i of list.items.filter((x) => x.flags.length === 0))
      fd.append("items", `${i.organisation.id}:${i.year}:${i.version}:${i.seen}`);
    fd.set("comment", "");
    const r = await ok(approveMany, w.districtUser, Object.fromEntries([["items", fd.getAll("items")]]));
    expect((r.data.approved as { organisationId: number }[]).map((a) => a.organisationId).sort()).toEqual(
      [newOrg, w.thtA].sort(),
    );
    for (const id of [newOrg, w.thtA]) expect((await envelope(id)).approvalStatus).toBe("APPROVED");
    expect(await w.prisma.pendingChange.count({ where: { organisationId: { in: [newOrg, w.thtA] } } })).toBe(0);
    // the flagged one is approved on its own page
    expect((await envelope(w.orgA)).approvalStatus).toBe("SUBMITTED");
    const flagged = await queued(w.orgA);
    await ok(approveReport, w.districtUser, { ...item(flagged), comment: "Đã kiểm tra doanh thu" });
    const audits = await w.prisma.auditLog.count({ where: { action: "APPROVE", entity: "AnnualReport" } });
    expect(audits).toBe(4); // 2025 of orgA, the two clean ones, then orgA's 2026

    // an approved dossier shows what its approval recorded
    const s = await getSubmission(w.districtUser, w.prisma, w.orgA, YEAR);
    expect(s.source).toBe("APPROVED_RECORD");
    expect(s.dossier).toMatchObject({ status: "APPROVED", approvedBy: "Người dùng huyen" });
    expect(s.identity!.fields[0]).toMatchObject({ before: "Tổ chức HTX-A", after: "Hợp tác xã Bình Phú Xanh" });
    expect(s.members.changes[0]).toMatchObject({ event: "JOIN" });
    expect(s.changeCount).toBeGreaterThanOrEqual(4);
  });

  it("refuses an empty or malformed selection with a message", async () => {
    expect(await approveMany.run(w.districtUser, { items: [] }, w.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { items: ["Hãy chọn ít nhất một hồ sơ"] },
    });
    expect(await approveMany.run(w.districtUser, { items: "1:2026:1:zz" }, w.prisma)).toMatchObject({ ok: false });
  });
});
