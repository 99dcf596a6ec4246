import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeOrganisationStatus } from "@/server/organisation/change-organisation-status.action";
import { createOrganisation } from "@/server/organisation/create-organisation.action";
import { updateOrganisation } from "@/server/organisation/update-organisation.action";
import { auditRowsOf, createEntryWorld, type EntryWorld } from "./entry-fixtures";

let w: EntryWorld;
beforeAll(async () => {
  w = await createEntryWorld();
});
afterAll(async () => w?.db.dispose());

const newOrg = (over: Record<string, unknown> = {}) => ({
  code: "htx-moi-1",
  type: "HTX",
  name: "HTX Dừa Bình Phú",
  communeId: String(w.communeA),
  address: "Ấp 1",
  sector: "AGRICULTURE",
  mainProducts: "Dừa, bưởi; lúa",
  foundedOn: "2024-05-10",
  hasMemberRegister: "on",
  ...over,
});

describe("organisations.create", () => {
  it("creates the organisation, its first ACTIVE status at the founding date, and one audit row", async () => {
    const { result, rows } = await auditRowsOf(w.prisma, () =>
      createOrganisation.run(w.communeUser, newOrg(), w.prisma),
    );
    expect(result).toMatchObject({ ok: true });
    const id = (result as { ok: true; data: { id: number } }).data.id;
    const org = await w.prisma.organisation.findUniqueOrThrow({ where: { id }, include: { statusHistory: true } });
    expect(org).toMatchObject({ code: "HTX-MOI-1", mainProducts: ["Dừa", "bưởi", "lúa"], hasMemberRegister: true });
    expect(org.statusHistory).toHaveLength(1);
    expect(org.statusHistory[0]).toMatchObject({ status: "ACTIVE", effectiveFrom: new Date("2024-05-10") });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "CREATE",
      entity: "Organisation",
      entityId: String(id),
      userId: w.communeUser.id,
    });
  });

  it("refuses a commune official in another commune, the committee, and a duplicate code", async () => {
    const other = await createOrganisation.run(w.communeUser, newOrg({ code: "X-2", communeId: w.communeB }), w.prisma);
    expect(other).toMatchObject({ ok: false, error: expect.stringMatching(/không có quyền/) });
    const committee = await createOrganisation.run(w.committee, newOrg({ code: "X-3" }), w.prisma);
    expect(committee).toMatchObject({ ok: false, error: expect.stringMatching(/chỉ được xem/) });
    const dup = await createOrganisation.run(w.districtUser, newOrg(), w.prisma);
    expect(dup).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringMatching(/đã được dùng/)] } });
    expect(await w.prisma.organisation.count({ where: { code: { in: ["X-2", "X-3"] } } })).toBe(0);
  });

  it("returns Vietnamese field errors and the submitted values", async () => {
    const r = await createOrganisation.run(
      w.districtUser,
      newOrg({ code: "", type: "ABC", name: "", foundedOn: "2024-02-30" }),
      w.prisma,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["code", "foundedOn", "name", "type"]);
    expect(r.fieldErrors!.foundedOn[0]).toMatch(/Ngày thành lập không hợp lệ/);
    expect(r.values).toMatchObject({ address: "Ấp 1" });
  });
});

describe("organisations.update", () => {
  it("updates with the version and audits before/after", async () => {
    const org = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } });
    const { result, rows } = await auditRowsOf(w.prisma, () =>
      updateOrganisation.run(
        w.communeUser,
        {
          ...newOrg({ code: org.code, name: "HTX A đổi tên", foundedOn: "2020-03-01" }),
          id: w.orgA,
          version: org.version,
        },
        w.prisma,
      ),
    );
    expect(result).toMatchObject({ ok: true });
    expect(rows).toHaveLength(1);
    expect(rows[0].before).toMatchObject({ name: org.name });
    expect(rows[0].after).toMatchObject({ name: "HTX A đổi tên" });
  });

  it("refuses an organisation of another commune even with a forged communeId of the viewer's own", async () => {
    const b = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgB } });
    const r = await updateOrganisation.run(
      w.communeUser,
      { ...newOrg({ code: b.code, communeId: w.communeA }), id: w.orgB, version: b.version },
      w.prisma,
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/không có quyền/) });
    expect((await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgB } })).communeId).toBe(w.communeB);
    // Moving one's own organisation into another commune is refused too.
    const a = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } });
    const move = await updateOrganisation.run(
      w.communeUser,
      { ...newOrg({ code: a.code, communeId: w.communeB }), id: w.orgA, version: a.version },
      w.prisma,
    );
    expect(move.ok).toBe(false);
  });

  it("lets exactly one of two concurrent edits with the same version win", async () => {
    const a = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } });
    const edit = (name: string) =>
      updateOrganisation.run(
        w.districtUser,
        { ...newOrg({ code: a.code, name, foundedOn: "2020-03-01" }), id: a.id, version: a.version },
        w.prisma,
      );
    const results = await Promise.all([edit("Tên một"), edit("Tên hai")]);
    const wins = results.filter((r) => r.ok);
    const losses = results.filter((r) => !r.ok);
    expect(wins).toHaveLength(1);
    expect(losses).toHaveLength(1);
    expect(losses[0]).toMatchObject({ error: expect.stringMatching(/đã được .* sửa lúc .* hãy tải lại/) });
  });
});

describe("organisations.changeStatus", () => {
  it("adds a dated change, keeps currentStatus as the status in force today, and refuses bad dates", async () => {
    const a = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } });
    const base = { id: w.orgA, status: "SUSPENDED", decisionRef: "QĐ 12/UBND", note: "" };
    const before = await changeOrganisationStatus.run(
      w.communeUser,
      { ...base, version: a.version, effectiveFrom: "2019-01-01" },
      w.prisma,
    );
    expect(before).toMatchObject({
      ok: false,
      fieldErrors: { effectiveFrom: [expect.stringMatching(/trước ngày thành lập/)] },
    });
    const dup = await changeOrganisationStatus.run(
      w.communeUser,
      { ...base, version: a.version, effectiveFrom: "2020-03-01" },
      w.prisma,
    );
    expect(dup).toMatchObject({ ok: false, fieldErrors: { effectiveFrom: [expect.stringMatching(/cùng ngày/)] } });

    const { result, rows } = await auditRowsOf(w.prisma, () =>
      changeOrganisationStatus.run(
        w.communeUser,
        { ...base, version: a.version, effectiveFrom: "2025-01-15" },
        w.prisma,
      ),
    );
    expect(result.ok).toBe(true);
    expect(rows.map((r) => r.action)).toEqual(["STATUS_CHANGE"]);
    expect((await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } })).currentStatus).toBe("SUSPENDED");

    // A change dated in the future does not change today's status.
    const a2 = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } });
    const future = await changeOrganisationStatus.run(
      w.communeUser,
      { ...base, status: "TERMINATED", version: a2.version, effectiveFrom: "2099-01-01" },
      w.prisma,
    );
    expect(future.ok).toBe(true);
    expect((await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } })).currentStatus).toBe("SUSPENDED");
  });

  it("refuses a founding date after an existing status change", async () => {
    const a = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } });
    const r = await updateOrganisation.run(
      w.districtUser,
      { ...newOrg({ code: a.code, foundedOn: "2024-05-10" }), id: a.id, version: a.version },
      w.prisma,
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { foundedOn: [expect.stringMatching(/trước ngày thành lập/)] } });
  });

  it("refuses the committee and another commune's official", async () => {
    const b = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgB } });
    const input = { id: w.orgB, version: b.version, status: "SUSPENDED", effectiveFrom: "2025-02-01" };
    expect((await changeOrganisationStatus.run(w.committee, input, w.prisma)).ok).toBe(false);
    expect((await changeOrganisationStatus.run(w.communeUser, input, w.prisma)).ok).toBe(false);
    expect(await w.prisma.orgStatusChange.count({ where: { organisationId: w.orgB } })).toBe(1);
  });
});
