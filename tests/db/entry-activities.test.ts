import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DefinedAction } from "@/server/actions/define-action";
import { deleteDigitalPractice } from "@/server/dossier/digital/delete-digital-practice.action";
import { saveDigitalPractice } from "@/server/dossier/digital/save-digital-practice.action";
import { deleteHighTech } from "@/server/dossier/high-tech/delete-high-tech.action";
import { saveHighTech } from "@/server/dossier/high-tech/save-high-tech.action";
import { deleteLinkage } from "@/server/dossier/linkage/delete-linkage.action";
import { saveLinkage } from "@/server/dossier/linkage/save-linkage.action";
import { savePopulation } from "@/server/population/save-population.action";
import { deleteSupport } from "@/server/dossier/support/delete-support.action";
import { saveSupport } from "@/server/dossier/support/save-support.action";
import { auditRowsOf, createEntryWorld, type EntryWorld } from "./entry-fixtures";

let w: EntryWorld;
beforeAll(async () => {
  w = await createEntryWorld();
});
afterAll(async () => w?.db.dispose());

type Case = {
  name: string;
  entity: "ValueChainLink" | "HighTechApplication" | "DigitalPractice" | "SupportReceived";
  model: "valueChainLink" | "highTechApplication" | "digitalPractice" | "supportReceived";
  save: DefinedAction<{ id: number }>;
  remove: DefinedAction<{ id: number }>;
  payload: Record<string, unknown>;
  edit: Record<string, unknown>;
  invalid: Record<string, unknown>;
  invalidField: string;
};

const cases = (): Case[] => [
  {
    name: "value-chain linkage",
    entity: "ValueChainLink",
    model: "valueChainLink",
    save: saveLinkage,
    remove: deleteLinkage,
    payload: {
      partnerName: "Công ty Dừa Bến Tre",
      role: "LEAD",
      product: "Dừa tươi",
      areaHa: "12,5",
      validFrom: "2024-01-01",
    },
    edit: { product: "Dừa sáp" },
    invalid: { validFrom: "2024-05-01", validTo: "2024-01-01", areaHa: "abc" },
    invalidField: "validTo",
  },
  {
    name: "high technology",
    entity: "HighTechApplication",
    model: "highTechApplication",
    save: saveHighTech,
    remove: deleteHighTech,
    payload: { technologyType: "VIETGAP", evidence: "GCN số 12/2024", validFrom: "2024-03-01" },
    edit: { evidence: "GCN số 13/2024" },
    invalid: { technologyType: "MAGIC", validFrom: "" },
    invalidField: "technologyType",
  },
  {
    name: "digital practice",
    entity: "DigitalPractice",
    model: "digitalPractice",
    save: saveDigitalPractice,
    remove: deleteDigitalPractice,
    payload: { year: "2025", practice: "E_COMMERCE", note: "Bán trên sàn" },
    edit: { note: "Bán trên hai sàn" },
    invalid: { year: "1800", practice: "" },
    invalidField: "year",
  },
  {
    name: "support received",
    entity: "SupportReceived",
    model: "supportReceived",
    save: saveSupport,
    remove: deleteSupport,
    payload: { policyArea: "CREDIT", year: "2025", amount: "150.000.000" },
    edit: { amount: "160.000.000" },
    invalid: { amount: "1,5" },
    invalidField: "amount",
  },
];

describe.each(cases().map((c) => [c.name, c] as const))("%s", (_name, c) => {
  let id: number;

  it("creates with one audit row; the committee and another commune are refused", async () => {
    const { result, rows } = await auditRowsOf(w.prisma, () =>
      c.save.run(w.communeUser, { organisationId: w.orgA, ...c.payload }, w.prisma),
    );
    expect(result).toMatchObject({ ok: true });
    id = (result as { ok: true; data: { id: number } }).data.id;
    expect(rows.map((r) => [r.action, r.entity, r.entityId])).toEqual([["CREATE", c.entity, String(id)]]);
    expect((await c.save.run(w.committee, { organisationId: w.orgA, ...c.payload }, w.prisma)).ok).toBe(false);
    const other = await c.save.run(w.communeUser, { organisationId: w.orgB, ...c.payload }, w.prisma);
    expect(other).toMatchObject({ ok: false, error: expect.stringMatching(/không có quyền/) });
  });

  it("gives Vietnamese field errors", async () => {
    const r = await c.save.run(w.communeUser, { organisationId: w.orgA, ...c.payload, ...c.invalid }, w.prisma);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.fieldErrors?.[c.invalidField]?.[0]).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });

  it("edits with the version: one winner of two concurrent edits; a forged organisationId does not move it", async () => {
    const row = await (
      w.prisma[c.model] as unknown as { findUniqueOrThrow(a: object): Promise<{ version: number }> }
    ).findUniqueOrThrow({ where: { id } });
    const edit = () =>
      c.save.run(
        w.communeUser,
        { organisationId: w.orgA, ...c.payload, ...c.edit, id, version: row.version },
        w.prisma,
      );
    const results = await Promise.all([edit(), edit()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: expect.stringMatching(/hãy tải lại/) });
    // The district edits it claiming it belongs to orgB: refused, the record stays with orgA.
    const forged = await c.save.run(
      w.districtUser,
      { organisationId: w.orgB, ...c.payload, id, version: row.version + 1 },
      w.prisma,
    );
    expect(forged.ok).toBe(false);
  });

  it("a commune official cannot delete another commune's record; stale delete refused; delete audited", async () => {
    const b = await c.save.run(w.districtUser, { organisationId: w.orgB, ...c.payload }, w.prisma);
    const bId = (b as { ok: true; data: { id: number } }).data.id;
    const denied = await c.remove.run(w.communeUser, { id: bId, version: 1 }, w.prisma);
    expect(denied).toMatchObject({ ok: false, error: expect.stringMatching(/không có quyền/) });
    expect((await c.remove.run(w.communeUser, { id, version: 1 }, w.prisma)).ok).toBe(false);
    const { result, rows } = await auditRowsOf(w.prisma, () =>
      c.remove.run(w.communeUser, { id, version: 2 }, w.prisma),
    );
    expect(result).toMatchObject({ ok: true });
    expect(rows.map((r) => r.action)).toEqual(["DELETE"]);
  });
});

describe("population.save", () => {
  it("a commune official writes their commune only; the district figure is for district staff", async () => {
    const { result, rows } = await auditRowsOf(w.prisma, () =>
      savePopulation.run(
        w.communeUser,
        { areaUnitId: w.communeA, year: 2025, population: "10.250", households: "2.900" },
        w.prisma,
      ),
    );
    expect(result).toMatchObject({ ok: true });
    expect(rows).toHaveLength(1);
    const p = await w.prisma.population.findUniqueOrThrow({
      where: { areaUnitId_year: { areaUnitId: w.communeA, year: 2025 } },
    });
    expect(p).toMatchObject({ population: 10250, households: 2900 });
    const payload = { year: 2025, population: "127.753" };
    expect((await savePopulation.run(w.communeUser, { ...payload, areaUnitId: w.communeB }, w.prisma)).ok).toBe(false);
    expect((await savePopulation.run(w.communeUser, { ...payload, areaUnitId: w.district }, w.prisma)).ok).toBe(false);
    expect((await savePopulation.run(w.committee, { ...payload, areaUnitId: w.communeA }, w.prisma)).ok).toBe(false);
    expect((await savePopulation.run(w.districtUser, { ...payload, areaUnitId: w.district }, w.prisma)).ok).toBe(true);
  });

  it("refuses a stale or missing version and households above population", async () => {
    const p = await w.prisma.population.findUniqueOrThrow({
      where: { areaUnitId_year: { areaUnitId: w.communeA, year: 2025 } },
    });
    const base = { areaUnitId: w.communeA, year: 2025, population: "10.300" };
    expect(await savePopulation.run(w.communeUser, base, w.prisma)).toMatchObject({ ok: false });
    const results = await Promise.all([
      savePopulation.run(w.communeUser, { ...base, version: p.version }, w.prisma),
      savePopulation.run(w.districtUser, { ...base, population: "10.400", version: p.version }, w.prisma),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const many = await savePopulation.run(
      w.communeUser,
      { ...base, households: "20.000", version: p.version + 1 },
      w.prisma,
    );
    expect(many).toMatchObject({
      ok: false,
      fieldErrors: { households: [expect.stringMatching(/không được lớn hơn/)] },
    });
  });
});
