// The enumerations' values live twice: in TypeScript (one source each, src/domain/enums.ts
// and src/domain/labels.ts) and as PostgreSQL enums created by the migrations. A value
// added on one side only would pass type checks and fail at run time; this pins both
// sets equal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORG_STATUS, ORG_TYPE, PROGRAMME_LEVEL, RATING_LEVEL, SECTOR } from "@/domain/enums";
import { POLICY_AREAS } from "@/domain/labels";
import { GENDER_BY_KEY, MEMBER_KIND_BY_KEY, MEMBER_TYPE_BY_KEY } from "@/domain/import/columns";
import { createTestDatabase, type TestDatabase } from "./test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.dispose();
});

async function sqlEnum(name: string): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ label: string }[]>`
    SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
    WHERE t.typname = ${name} ORDER BY e.enumlabel`;
  return rows.map((r) => r.label);
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

describe("TypeScript enumerations equal the database's", () => {
  it.each([
    ["OrgType", ORG_TYPE.values],
    ["Sector", SECTOR.values],
    ["OrgStatus", ORG_STATUS.values],
    ["RatingLevel", RATING_LEVEL.values],
    ["ProgrammeLevel", PROGRAMME_LEVEL.values],
    ["PolicyArea", Object.keys(POLICY_AREAS)],
    ["MemberKind", Object.values(MEMBER_KIND_BY_KEY)],
    ["MemberType", Object.values(MEMBER_TYPE_BY_KEY)],
    ["Gender", Object.values(GENDER_BY_KEY)],
  ] as const)("%s", async (name, values) => {
    const inSql = await sqlEnum(name);
    expect(inSql.length).toBeGreaterThan(0);
    expect(sorted(values)).toEqual(inSql.sort());
  });
});
