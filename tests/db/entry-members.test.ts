import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember } from "@/server/membership/add-member.action";
import { endMembership } from "@/server/membership/end-membership.action";
import { reinstateMembership } from "@/server/membership/reinstate-membership.action";
import { runSearchPersons } from "@/server/person/search-persons";
import { auditRowsOf, createEntryWorld, type EntryWorld } from "./entry-fixtures";

let w: EntryWorld;
beforeAll(async () => {
  w = await createEntryWorld();
});
afterAll(async () => w?.db.dispose());

const ID_NUMBER = "082190004567";
const member = (over: Record<string, unknown> = {}) => ({
  organisationId: w.orgA,
  personChoice: "",
  fullName: "Nguyễn Thị Lan",
  birthYear: "1978",
  gender: "FEMALE",
  kind: "INDIVIDUAL",
  idNumber: ID_NUMBER,
  memberType: "OFFICIAL",
  joinedOn: "2024-01-15",
  capitalContributed: "1.500.000",
  ...over,
});

describe("memberships.add and person matching", () => {
  it("creates the person with only a keyed hash and the last 3 digits, and the membership; audits both", async () => {
    const { result, rows } = await auditRowsOf(w.prisma, () => addMember.run(w.communeUser, member(), w.prisma));
    expect(result).toMatchObject({ ok: true, data: { linkedBy: null } });
    const person = await w.prisma.person.findFirstOrThrow({ where: { fullName: "Nguyễn Thị Lan" } });
    expect(person.idNumberTail).toBe("567");
    expect(person.idNumberHash).toMatch(/^[0-9a-f]{64}$/);
    expect(person.communeId).toBe(w.communeA);
    const m = await w.prisma.membership.findFirstOrThrow({ where: { personId: person.id } });
    expect(m.capitalContributed).toBe(1_500_000n);
    expect(rows.map((r) => [r.action, r.entity])).toEqual([
      ["CREATE", "Person"],
      ["CREATE", "Membership"],
    ]);
  });

  it("links the existing person by ID hash instead of creating a duplicate (another organisation, other spelling)", async () => {
    const persons = await w.prisma.person.count();
    const r = await addMember.run(
      w.communeUser,
      member({ organisationId: w.thtA, fullName: "NGUYEN THI LAN", idNumber: "0821 9000 4567" }),
      w.prisma,
    );
    expect(r).toMatchObject({ ok: true, data: { linkedBy: "ID_NUMBER" } });
    expect(await w.prisma.person.count()).toBe(persons);
    const lan = await w.prisma.person.findFirstOrThrow({ where: { fullName: "Nguyễn Thị Lan" } });
    expect(await w.prisma.membership.count({ where: { personId: lan.id } })).toBe(2);
  });

  it("finds the person by ID number or by name, birth year and commune, and refuses a likely duplicate", async () => {
    const byId = await runSearchPersons(
      w.communeUser,
      { organisationId: w.orgA, fullName: "", idNumber: ID_NUMBER },
      w.prisma,
    );
    expect(byId).toMatchObject({
      ok: true,
      data: [{ fullName: "Nguyễn Thị Lan", by: "ID_NUMBER", idNumberTail: "567" }],
    });
    const byName = await runSearchPersons(
      w.communeUser,
      { organisationId: w.orgA, fullName: "nguyễn thị lan", birthYear: "1978" },
      w.prisma,
    );
    expect(byName).toMatchObject({ ok: true, data: [{ by: "NAME" }] });
    expect((await runSearchPersons(w.communeUser, { organisationId: w.orgB, fullName: "Lan" }, w.prisma)).ok).toBe(
      false,
    );

    const dup = await addMember.run(w.communeUser, member({ idNumber: "", organisationId: w.thtA }), w.prisma);
    expect(dup).toMatchObject({ ok: false, fieldErrors: { fullName: [expect.stringMatching(/Tìm người đã có/)] } });

    // Choosing the found person links them; "new" creates a namesake on purpose.
    const lan = await w.prisma.person.findFirstOrThrow({ where: { fullName: "Nguyễn Thị Lan" } });
    const orgNew = await w.prisma.organisation.create({
      data: { code: "HTX-C", type: "HTX", name: "HTX C", communeId: w.communeA, sector: "AGRICULTURE" },
    });
    const chosen = await addMember.run(
      w.communeUser,
      member({ idNumber: "", organisationId: orgNew.id, personChoice: String(lan.id) }),
      w.prisma,
    );
    expect(chosen).toMatchObject({ ok: true, data: { personId: lan.id, linkedBy: "CHOSEN" } });
    const namesake = await addMember.run(
      w.communeUser,
      member({ idNumber: "", organisationId: w.orgA, personChoice: "new", birthYear: "1978" }),
      w.prisma,
    );
    expect(namesake).toMatchObject({ ok: true, data: { linkedBy: null } });
    expect(await w.prisma.person.count({ where: { fullName: "Nguyễn Thị Lan" } })).toBe(2);
  });

  it("never stores or logs the raw ID number (all text columns of every table)", async () => {
    const variants = [ID_NUMBER, "0821 9000 4567", "082190004", "190004567"];
    const tables = await w.prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`;
    expect(tables.length).toBeGreaterThan(10);
    for (const { table_name, column_name } of tables) {
      const rows = await w.prisma.$queryRawUnsafe<{ v: string | null }[]>(
        `SELECT "${column_name}"::text AS v FROM "${table_name}"`,
      );
      for (const { v } of rows)
        for (const s of variants) expect(v ?? "", `${table_name}.${column_name}`).not.toContain(s);
    }
  });

  it("validates fields in Vietnamese and refuses other communes and the committee", async () => {
    const bad = await addMember.run(
      w.communeUser,
      member({ idNumber: "12345", capitalContributed: "1,5", joinedOn: "" }),
      w.prisma,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.fieldErrors!.idNumber[0]).toMatch(/12 chữ số/);
      expect(bad.fieldErrors!.capitalContributed[0]).toMatch(/không có phần lẻ/);
      expect(bad.fieldErrors!.joinedOn[0]).toMatch(/ngày vào/);
    }
    const other = await addMember.run(
      w.communeUser,
      member({ organisationId: w.orgB, idNumber: "", fullName: "Trần Văn B", communeId: w.communeA }),
      w.prisma,
    );
    expect(other).toMatchObject({ ok: false, error: expect.stringMatching(/không có quyền/) });
    expect((await addMember.run(w.committee, member({ idNumber: "" }), w.prisma)).ok).toBe(false);
    expect(await w.prisma.person.count({ where: { fullName: "Trần Văn B" } })).toBe(0);
  });
});

describe("memberships.end", () => {
  it("sets leftOn with the version, one audit row, one winner of two concurrent edits", async () => {
    const m = await w.prisma.membership.findFirstOrThrow({ where: { organisationId: w.orgA }, orderBy: { id: "asc" } });
    const early = await endMembership.run(
      w.communeUser,
      { id: m.id, version: m.version, leftOn: "2020-01-01" },
      w.prisma,
    );
    expect(early).toMatchObject({ ok: false, fieldErrors: { leftOn: [expect.stringMatching(/trước ngày vào/)] } });
    const { result, rows } = await auditRowsOf(w.prisma, async () => {
      const rs = await Promise.all([
        endMembership.run(w.communeUser, { id: m.id, version: m.version, leftOn: "2025-06-30" }, w.prisma),
        endMembership.run(w.districtUser, { id: m.id, version: m.version, leftOn: "2025-07-31" }, w.prisma),
      ]);
      return rs;
    });
    expect(result.filter((r) => r.ok)).toHaveLength(1);
    expect(result.find((r) => !r.ok)).toMatchObject({ error: expect.stringMatching(/hãy tải lại/) });
    expect(rows).toHaveLength(1);
  });

  it("refuses a membership of another commune's organisation (the id decides, not the payload)", async () => {
    const p = await w.prisma.person.create({ data: { fullName: "Lê Văn C", communeId: w.communeB } });
    const m = await w.prisma.membership.create({
      data: { organisationId: w.orgB, personId: p.id, joinedOn: new Date("2023-01-01") },
    });
    const r = await endMembership.run(
      w.communeUser,
      { id: m.id, version: m.version, leftOn: "2025-01-01", organisationId: w.orgA },
      w.prisma,
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/không có quyền/) });
    expect(
      (await endMembership.run(w.committee, { id: m.id, version: m.version, leftOn: "2025-01-01" }, w.prisma)).ok,
    ).toBe(false);
  });
});

describe("memberships.reinstate (the undo of “Cho ra”)", () => {
  it("takes a day typed dd/mm/yyyy, then undoes it with the version “Cho ra” returned", async () => {
    const p = await w.prisma.person.create({ data: { fullName: "Phạm Thị D", communeId: w.communeA } });
    const m = await w.prisma.membership.create({
      data: { organisationId: w.orgA, personId: p.id, joinedOn: new Date("2023-01-01") },
    });
    const ended = await endMembership.run(
      w.communeUser,
      { id: m.id, version: m.version, leftOn: "03/12/2025" },
      w.prisma,
    );
    if (!ended.ok) throw new Error(ended.error);
    expect(ended.data).toMatchObject({ leftOn: "2025-12-03", version: m.version + 1 });
    const row = await w.prisma.membership.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.leftOn?.toISOString().slice(0, 10)).toBe("2025-12-03");

    const undone = await reinstateMembership.run(w.communeUser, { id: m.id, version: ended.data.version }, w.prisma);
    expect(undone.ok).toBe(true);
    expect((await w.prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).leftOn).toBeNull();

    // a second undo, or one with a stale version, changes nothing
    const again = await reinstateMembership.run(w.communeUser, { id: m.id, version: ended.data.version + 1 }, w.prisma);
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/không có gì để hoàn tác/) });
    const ended2 = await endMembership.run(
      w.districtUser,
      { id: m.id, version: m.version + 2, leftOn: "2025-12-31" },
      w.prisma,
    );
    expect(ended2.ok).toBe(true);
    const stale = await reinstateMembership.run(w.communeUser, { id: m.id, version: ended.data.version }, w.prisma);
    expect(stale).toMatchObject({ ok: false, error: expect.stringMatching(/tải lại/) });
    expect((await w.prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).leftOn).not.toBeNull();
  });
});
