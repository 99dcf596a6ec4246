// Personal data (Law 91/2025/QH15): a person's whole record for a request, correction,
// erasure that keeps every figure, the retention period, and the log of who saw what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadYearInputs } from "@/server/targets-sql/load-year-inputs";
import { anonymisePerson } from "@/server/personal-data/anonymise-person.action";
import { applyRetention } from "@/server/personal-data/apply-retention.action";
import { correctPerson } from "@/server/personal-data/correct-person.action";
import { setRetention } from "@/server/personal-data/set-retention.action";
import { recordPersonalDataAccess } from "@/server/personal-data/access-log";
import { listPersonalDataAccess } from "@/server/personal-data/list-personal-data-access";
import { getPersonRecord } from "@/server/personal-data/person-record";
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
