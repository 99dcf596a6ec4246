// Personal data (Law 91/2025/QH15): a person's whole record for a request, correction,
// erasure that keeps every figure, the retention period, and the log of who saw what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadYearInputs } from "@/server/targets-sql/load-year-inputs";
import { anonymisePerson } from "@/server/personal-data/anonymise-person.action";
import { applyRetention } from "@/server/personal-data/apply-retention.action";
import { correctPerson } from "@/server/personal-data/correct-person.action";
import { setRetention } from "@/server/personal-data/set-retention.action";
import { recordPersonalDataAccess } from "@/server/audit/personal-data-access";
import { listPersonalDataAccess } from "@/server/personal-data/list-personal-data-access";
import { findPersons, getPersonRecord } from "@/server/personal-data/person-record";
import { listAuditEntries } from "@/server/history/list-audit-entries";
import { listMembers } from "@/server/membership/list-members";
import { runSearchPersons } from "@/server/person/search-persons";
import { loadViewer } from "@/server/auth/session";
import { addMember } from "@/server/membership/add-member.action";
import { createEntryWorld, type EntryWorld } from "./entry-fixtures";

let w: EntryWorld;
beforeAll(async () => {
  w = await createEntryWorld();
});
afterAll(async () => w?.db.dispose());

const figures = () =>
  loadYearInputs(w.prisma, { scopeUnitIds: [w.communeA, w.communeB], asOf: "2026-11-30", year: 2026 });

let serial = 0;
async function member(fullName: string, organisationId: number, joinedOn: string, leftOn = "") {
  serial++;
  const r = await addMember.run(
    w.districtUser,
    {
      organisationId,
      personChoice: "new",
      fullName,
      birthYear: "1968",
      gender: "FEMALE",
      kind: "INDIVIDUAL",
      idNumber: `0791680012${String(serial).padStart(2, "0")}`,
      memberType: "OFFICIAL",
      joinedOn,
      leftOn,
      capitalContributed: "5.000.000",
    },
    w.prisma,
  );
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  const m = await w.prisma.membership.findFirstOrThrow({ where: { person: { fullName } }, include: { person: true } });
  return m.person;
}

describe("a data subject's rights", () => {
  it("gives everything held about a person, and logs that it was read", async () => {
    const p = await member("Nguyễn Thị Quyền", w.orgA, "2021-03-01");
    const record = await getPersonRecord(w.admin, w.prisma, p.id);
    expect(record.person).toMatchObject({ fullName: "Nguyễn Thị Quyền", birthYear: 1968, gender: "FEMALE" });
    expect(record.person.memberships).toHaveLength(1);
    expect(record.history.map((h) => h.entity)).toEqual(expect.arrayContaining(["Person", "Membership"]));
    await recordPersonalDataAccess(w.prisma, w.admin, {
      kind: "EXPORT",
      what: "Hồ sơ dữ liệu cá nhân",
      personId: p.id,
      persons: 1,
    });
    const log = await listPersonalDataAccess(w.admin, w.prisma);
    expect(log[0]).toMatchObject({ kind: "EXPORT", personId: p.id, who: w.admin.fullName });
    await expect(getPersonRecord(w.districtUser, w.prisma, p.id)).rejects.toThrow(/quản trị viên/);
    await expect(listPersonalDataAccess(w.communeUser, w.prisma)).rejects.toThrow(/quản trị viên/);
  });

  it("corrects a person's data, audited", async () => {
    const p = await member("Trần Văn Sửa", w.orgA, "2022-01-01");
    const r = await correctPerson.run(
      w.admin,
      {
        personId: p.id,
        version: p.version,
        fullName: "Trần Văn Sửa Đúng",
        birthYear: "1969",
        gender: "MALE",
        ethnicity: "Kinh",
        reason: "Đơn ngày 01/12/2026",
      },
      w.prisma,
    );
    expect(r).toMatchObject({ ok: true });
    expect(await w.prisma.person.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      fullName: "Trần Văn Sửa Đúng",
      birthYear: 1969,
      gender: "MALE",
    });
  });

  it("erases a person: identity gone from the row and the history, every figure unchanged", async () => {
    const p = await member("Lê Thị Xoá", w.orgA, "2020-06-01");
    const before = await figures();
    const r = await anonymisePerson.run(
      w.admin,
      { personId: p.id, version: p.version, confirm: "on", reason: "" },
      w.prisma,
    );
    expect(r).toMatchObject({ ok: true });
    const row = await w.prisma.person.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({
      fullName: `Người đã ẩn danh #${p.id}`,
      birthYear: null,
      gender: null,
      idNumberHash: null,
      idNumberTail: null,
    });
    expect(row.anonymisedAt).not.toBeNull();
    expect(await figures()).toEqual(before);
    const memberships = await w.prisma.membership.findMany({ where: { personId: p.id }, select: { id: true } });
    const audits = await w.prisma.auditLog.findMany({
      where: {
        OR: [
          { entity: "Person", entityId: String(p.id) },
          { entity: "Membership", entityId: { in: memberships.map((m) => String(m.id)) } },
        ],
      },
      select: { before: true, after: true },
    });
    expect(audits.length).toBeGreaterThan(1);
    const text = JSON.stringify(audits);
    expect(text).not.toContain("Lê Thị Xoá");
    expect(text).not.toContain("1968");
    expect(JSON.stringify(await w.prisma.auditLog.findMany({ select: { before: true, after: true } }))).not.toContain(
      "Lê Thị Xoá",
    );
    // without confirmation nothing happens
    const p2 = await member("Phạm Văn Chưa", w.orgA, "2020-06-01");
    expect(
      await anonymisePerson.run(w.admin, { personId: p2.id, version: p2.version, reason: "" }, w.prisma),
    ).toMatchObject({
      ok: false,
    });
    expect((await w.prisma.person.findUniqueOrThrow({ where: { id: p2.id } })).fullName).toBe("Phạm Văn Chưa");
  });

  it("erases, after confirmation, the people who left every organisation before the retention period", async () => {
    const gone = await member("Võ Văn Đã Rời", w.orgB, "2001-01-01", "2005-06-30");
    const stays = await member("Đỗ Thị Còn", w.orgB, "2001-01-01");
    expect(await applyRetention.run(w.admin, { confirm: "on" }, w.prisma)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Chưa đặt thời hạn/),
    });
    expect(await setRetention.run(w.admin, { years: "10" }, w.prisma)).toMatchObject({ ok: true });
    const before = await figures();
    const r = await applyRetention.run(w.admin, { confirm: "on" }, w.prisma);
    expect(r).toMatchObject({ ok: true, data: { count: 1 } });
    expect((await w.prisma.person.findUniqueOrThrow({ where: { id: gone.id } })).anonymisedAt).not.toBeNull();
    expect((await w.prisma.person.findUniqueOrThrow({ where: { id: stays.id } })).fullName).toBe("Đỗ Thị Còn");
    expect(await figures()).toEqual(before);
    expect(await setRetention.run(w.admin, { years: "0" }, w.prisma)).toMatchObject({ ok: false });
  });
});

describe("who saw whose data: the member register, the histories about a person, the searches", () => {
  const views = (where: object = {}) =>
    w.prisma.auditLog.findMany({
      where: { action: "PERSONAL_DATA_VIEW", entity: "PersonalData", ...where },
      orderBy: { id: "asc" },
      select: { userId: true, entityId: true, after: true, ip: true },
    });

  it("viewing the member register writes PERSONAL_DATA_VIEW; a reader without the register's scope sees nothing and is not logged", async () => {
    await member("Huỳnh Văn Sổ", w.orgA, "2023-02-01");
    const before = (await views()).length;
    const page = await listMembers(w.communeUser, w.prisma, w.orgA, 1, "203.0.113.5");
    expect(page.rows.map((r) => r.person.fullName)).toContain("Huỳnh Văn Sổ");
    const logged = (await views()).slice(before);
    expect(logged).toEqual([
      {
        userId: w.communeUser.id,
        entityId: `org:${w.orgA}`,
        ip: "203.0.113.5",
        after: expect.objectContaining({ organisationId: w.orgA, persons: page.rows.length }),
      },
    ]);
    expect((logged[0].after as { what: string }).what).toMatch(/^Sổ thành viên .*, trang 1$/);
    // the register of another commune, and the committee (reads figures, not registers)
    await expect(listMembers(w.communeUser, w.prisma, w.orgB, 1)).rejects.toThrow(/không có quyền/);
    await expect(listMembers(w.committee, w.prisma, w.orgA, 1)).rejects.toThrow(/chỉ được xem/);
    expect(await views()).toHaveLength(before + 1);
  });

  it("a person's and a membership's history: the register's scope, and each view logged", async () => {
    const p = await member("Phan Thị Lịch Sử", w.orgA, "2022-05-01");
    const m = await w.prisma.membership.findFirstOrThrow({ where: { personId: p.id }, select: { id: true } });
    for (const [entity, id] of [
      ["Person", p.id],
      ["Membership", m.id],
    ] as const) {
      const before = (await views()).length;
      // the commune official of commune A, district staff, an administrator
      for (const viewer of [w.communeUser, w.districtUser, w.admin]) {
        const entries = await listAuditEntries(viewer, w.prisma, entity, String(id), { ip: "198.51.100.4" });
        expect(JSON.stringify(entries.map((e) => [e.before, e.after]))).toContain(
          entity === "Person" ? "Phan Thị Lịch Sử" : `"personId":${p.id}`,
        );
        expect(entries.length, `${entity} for ${viewer.username}`).toBeGreaterThan(0);
      }
      const logged = (await views()).slice(before);
      expect(logged.map((l) => l.userId)).toEqual([w.communeUser.id, w.districtUser.id, w.admin.id]);
      for (const l of logged) {
        expect(l).toMatchObject({ entityId: `person:${p.id}`, ip: "198.51.100.4" });
        expect(l.after).toMatchObject({
          personId: p.id,
          persons: 1,
          what: `Lịch sử thay đổi: ${entity === "Person" ? "Thành viên" : "Tư cách thành viên"} #${id}`,
        });
      }
      // the committee, and a commune official of another commune: refused, nothing logged
      const other = await w.prisma.user.create({
        data: {
          username: `xa.b.${entity}`,
          fullName: "Cán bộ xã B",
          role: "COMMUNE",
          passwordHash: "x",
          scopes: { create: [{ areaUnitId: w.communeB }] },
        },
      });
      for (const viewer of [w.committee, (await loadViewer(w.prisma, other.id))!]) {
        await expect(listAuditEntries(viewer, w.prisma, entity, String(id))).rejects.toThrow(/dữ liệu cá nhân/);
        await expect(listAuditEntries(viewer, w.prisma, entity, "999999999")).rejects.toThrow(/dữ liệu cá nhân/);
      }
      expect(await views()).toHaveLength(before + 3);
    }
    // other histories stay open to every reader, unlogged
    const before = (await views()).length;
    await listAuditEntries(w.committee, w.prisma, "Organisation", String(w.orgA));
    expect(await views()).toHaveLength(before);
  });

  it("a search for a person, in the register and by an administrator, is logged without what was typed", async () => {
    await member("Tô Văn Tìm", w.orgA, "2024-01-01");
    const before = (await views()).length;
    const found = await runSearchPersons(
      w.communeUser,
      { organisationId: w.orgA, fullName: "Tô Văn Tìm", birthYear: "1968", idNumber: "" },
      w.prisma,
      "192.0.2.8",
    );
    expect(found).toMatchObject({ ok: true, data: [expect.objectContaining({ fullName: "Tô Văn Tìm" })] });
    const persons = await findPersons(w.admin, w.prisma, "Tô Văn", "192.0.2.9");
    expect(persons.map((x) => x.fullName)).toContain("Tô Văn Tìm");
    const logged = (await views()).slice(before);
    expect(logged).toEqual([
      expect.objectContaining({ userId: w.communeUser.id, entityId: `org:${w.orgA}`, ip: "192.0.2.8" }),
      expect.objectContaining({ userId: w.admin.id, entityId: null, ip: "192.0.2.9" }),
    ]);
    expect(logged.map((l) => (l.after as { persons: number }).persons)).toEqual([1, persons.length]);
    expect(JSON.stringify(logged)).not.toContain("Tô Văn");
    // refused searches are not
    expect(
      await runSearchPersons(
        w.communeUser,
        { organisationId: w.orgB, fullName: "Tô Văn Tìm", birthYear: "", idNumber: "" },
        w.prisma,
      ),
    ).toMatchObject({ ok: false });
    expect(await views()).toHaveLength(before + 2);
  });
});
