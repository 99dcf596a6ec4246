// National-scale benchmark data, generated inside PostgreSQL with set-based SQL
// (INSERT … SELECT … FROM generate_series): nothing row-shaped travels through
// JavaScript, so 3 million memberships take about a minute. Deterministic: every
// random choice is a hash of (row number, stream, seed), never random().
//
// Shape (defaults: --orgs 100000 --members 3000000):
//   63 provinces → orgs/143 districts → orgs/10 communes (≈14 communes per district,
//   like Gò Công Tây's 13); organisations ≈70 % THT, 29 % HTX, 1 % LHHTX spread over
//   the communes; dated status histories; 5 years (2022-2026) of yearly reports and
//   ratings; memberships in the organisations that keep a register, ≈12 % of them held
//   by a person who is also a member elsewhere; value-chain links, high-tech
//   applications, digital practices; population per commune and year.
import type pg from "pg";
import { z } from "zod";
import { col, parseRows } from "@/server/db/typed-sql";

export type GenerateOptions = { orgs: number; members: number; seed: number; log: (m: string) => void };

export type Dataset = {
  communeIds: number[];
  districtCommuneIds: number[];
  communeId: number;
  counts: Record<string, number>;
};

export const YEARS = [2022, 2023, 2024, 2025, 2026] as const;
/** The last day any generated event may fall on (the data's "today"). */
const DATA_END = "2026-11-15";

/** Indexes dropped during the bulk load of the two big tables and rebuilt afterwards:
 *  one sorted build is several times faster than three million random inserts. */
const REBUILT_INDEX_TABLES = ["Membership", "Person"];

export async function generateDataset(client: pg.Client, o: GenerateOptions): Promise<Dataset> {
  const communes = Math.max(14, Math.round(o.orgs / 10));
  const districts = Math.max(1, Math.round(communes / 14.3));
  const provinces = Math.min(63, districts);
  const q = async (label: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    const res = await client.query(sql, params);
    o.log(`  ${label}: ${res.rowCount ?? 0} dòng, ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return res;
  };

  // u(k, stream): uniform [0, 1) from a 64-bit hash of the row number, seeded.
  await client.query(`
    CREATE FUNCTION pg_temp.u(k bigint, stream int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT (hashint8extended(k, ${Math.trunc(o.seed)}::bigint * 1000 + stream) & 140737488355327)::float8 / 140737488355328.0 $$`);
  await client.query("SET maintenance_work_mem = '512MB'");
  // Skip foreign-key triggers during the load (superuser only): the generator
  // produces consistent references by construction. Without the privilege the load
  // still works, only slower.
  try {
    await client.query("SET session_replication_role = replica");
  } catch {
    o.log("  (không tắt được kiểm tra khóa ngoại khi nạp: cần quyền superuser; nạp chậm hơn)");
  }

  const count = async (query: string, sql: string) =>
    parseRows(query, z.object({ n: col.int() }), (await client.query(sql)).rows)[0]!.n;
  const base = (table: string) => count(`max id of ${table}`, `SELECT coalesce(max(id), 0) AS n FROM "${table}"`);
  const areaBase = await base("AreaUnit");
  const provinceId = (p: string) => `${areaBase} + ${p}`;
  const districtId = (d: string) => `${areaBase + provinces} + ${d}`;
  const communeBase = areaBase + provinces + districts;

  await q(
    "AreaUnit (tỉnh, huyện, xã)",
    `INSERT INTO "AreaUnit" (id, code, name, kind, level, "parentId", "validFrom", "updatedAt")
     SELECT ${provinceId("p")}, 'BP' || lpad(p::text, 3, '0'), 'Tỉnh ' || p, 'Tỉnh', 'PROVINCE'::"AreaLevel", NULL, DATE '1976-01-01', now()
     FROM generate_series(1, ${provinces}) p
     UNION ALL
     SELECT ${districtId("d")}, 'BD' || lpad(d::text, 4, '0'), 'Huyện ' || d, 'Huyện', 'DISTRICT'::"AreaLevel",
            ${provinceId(`(1 + (d - 1) % ${provinces})`)}, DATE '1979-01-01', now()
     FROM generate_series(1, ${districts}) d
     UNION ALL
     SELECT ${communeBase} + c, 'BC' || lpad(c::text, 6, '0'), 'Xã ' || c, 'Xã', 'COMMUNE'::"AreaLevel",
            ${districtId(`(1 + (c - 1) * ${districts} / ${communes})`)}, DATE '1979-01-01', now()
     FROM generate_series(1, ${communes}) c`,
  );

  await q(
    "Population",
    `INSERT INTO "Population" ("areaUnitId", year, population, households, source, "updatedAt")
     SELECT ${communeBase} + c, y, p + (y - 2022) * (p / 100), p / 4, 'bench', now()
     FROM generate_series(1, ${communes}) c, generate_series(2022, 2026) y,
          LATERAL (SELECT (6000 + floor(pg_temp.u(c, 1) * 18000))::int AS p) x`,
  );

  // Organisations with their status plan, kept in a temporary table for the children.
  await q(
    "kế hoạch tổ chức (bảng tạm)",
    `CREATE TEMP TABLE b_org AS
     SELECT i, id, commune, type, sector, founded, reg, d2, s2, d3,
            CASE WHEN d3 IS NOT NULL AND d3 <= DATE '${DATA_END}' THEN 'ACTIVE'
                 WHEN d2 IS NOT NULL THEN s2 ELSE 'ACTIVE' END AS cur
     FROM (
       SELECT i, id, commune, type, sector, founded, reg,
              CASE WHEN has2 AND d2raw > coalesce(founded, DATE '2010-01-01') THEN d2raw END AS d2, s2,
              CASE WHEN has2 AND d2raw > coalesce(founded, DATE '2010-01-01') AND s2 = 'SUSPENDED'
                        AND pg_temp.u(i, 10) < 0.3 AND d2raw + 120 <= DATE '${DATA_END}' THEN d2raw + 120 END AS d3
       FROM (
         SELECT i, (SELECT coalesce(max(id), 0) FROM "Organisation") + i AS id,
                ${communeBase} + 1 + floor(pg_temp.u(i, 1) * ${communes})::int AS commune,
                t.type, s.sector,
                CASE WHEN pg_temp.u(i, 4) < 0.03 THEN NULL
                     ELSE DATE '2000-01-01' + floor(pg_temp.u(i, 5) * (DATE '${DATA_END}' - DATE '2000-01-01'))::int END AS founded,
                CASE t.type WHEN 'THT' THEN pg_temp.u(i, 6) < 0.4 WHEN 'HTX' THEN pg_temp.u(i, 6) < 0.9 ELSE false END AS reg,
                pg_temp.u(i, 7) < 0.15 AS has2,
                DATE '2022-01-01' + floor(pg_temp.u(i, 8) * (DATE '${DATA_END}' - DATE '2022-01-01'))::int AS d2raw,
                CASE WHEN pg_temp.u(i, 9) < 0.4 THEN 'SUSPENDED' WHEN pg_temp.u(i, 9) < 0.8 THEN 'TERMINATED'
                     WHEN pg_temp.u(i, 9) < 0.9 THEN 'DISSOLVING' ELSE 'NOT_AT_ADDRESS' END AS s2
         FROM generate_series(1, ${o.orgs}) i,
              LATERAL (SELECT CASE WHEN pg_temp.u(i, 2) < 0.70 THEN 'THT' WHEN pg_temp.u(i, 2) < 0.99 THEN 'HTX'
                                   ELSE 'LHHTX' END AS type) t,
              LATERAL (SELECT CASE WHEN pg_temp.u(i, 3) < 0.65 THEN 'AGRICULTURE' WHEN pg_temp.u(i, 3) < 0.95
                                   THEN 'NON_AGRICULTURE' ELSE 'CREDIT' END AS sector) s
       ) a
     ) b`,
  );
  await client.query("ALTER TABLE b_org ADD PRIMARY KEY (i); ANALYZE b_org");

  await q(
    "Organisation",
    `INSERT INTO "Organisation" (id, code, type, name, "communeId", address, sector, "mainProducts", "foundedOn",
                                 "hasMemberRegister", "currentStatus", "updatedAt")
     SELECT id, 'B' || lpad(i::text, 7, '0'), type::"OrgType",
            CASE type WHEN 'THT' THEN 'Tổ hợp tác ' WHEN 'HTX' THEN 'Hợp tác xã ' ELSE 'Liên hiệp HTX ' END || i,
            commune, 'Ấp ' || (1 + i % 9), sector::"Sector", ARRAY['Lúa'], founded, reg, cur::"OrgStatus", now()
     FROM b_org ORDER BY i`,
  );
  await q(
    "OrgStatusChange",
    `INSERT INTO "OrgStatusChange" ("organisationId", status, "effectiveFrom", note)
     SELECT id, 'ACTIVE'::"OrgStatus", coalesce(founded, DATE '2010-01-01'), 'Thành lập' FROM b_org
     UNION ALL SELECT id, s2::"OrgStatus", d2, 'bench' FROM b_org WHERE d2 IS NOT NULL
     UNION ALL SELECT id, 'ACTIVE'::"OrgStatus", d3, 'Hoạt động trở lại' FROM b_org WHERE d3 IS NOT NULL`,
  );

  // Memberships: organisation by hash among those keeping a register (THT, HTX);
  // a membership either brings a new person (numbered like the membership) or, 12 %
  // of the time, reuses the person of another membership (several organisations).
  await client.query(
    `CREATE TEMP TABLE b_reg AS SELECT row_number() OVER (ORDER BY i)::int AS rn, id, coalesce(founded, DATE '2010-01-01') AS founded
     FROM b_org WHERE reg AND type IN ('THT', 'HTX');
     ALTER TABLE b_reg ADD PRIMARY KEY (rn); ANALYZE b_reg`,
  );
  const regCount = await count("register organisations", "SELECT count(*) AS n FROM b_reg");
  const personBase = await base("Person");
  const membershipBase = await base("Membership");
  const M = o.members;
  // person of membership m: itself when new, else m2 = the membership it borrows from
  // (if m2 is itself new; otherwise m is new after all). The same expression decides
  // which person rows exist.
  const m2 = `(1 + floor(pg_temp.u(m, 22) * ${M})::bigint)`;
  const isNew = (x: string) => `(pg_temp.u(${x}, 21) < 0.88)`;
  const personOf = `CASE WHEN ${isNew("m")} OR NOT ${isNew(m2)} THEN m ELSE ${m2} END`;

  const dropped = await dropSecondaryIndexes(client, REBUILT_INDEX_TABLES);
  await q(
    "Person",
    `INSERT INTO "Person" (id, kind, "fullName", "birthYear", gender, "communeId", "updatedAt")
     SELECT ${personBase} + m, 'INDIVIDUAL', 'Thành viên ' || m, 1945 + floor(pg_temp.u(m, 30) * 60)::int,
            CASE WHEN pg_temp.u(m, 31) < 0.5 THEN 'MALE'::"Gender" ELSE 'FEMALE'::"Gender" END,
            ${communeBase} + 1 + floor(pg_temp.u(m, 32) * ${communes})::int, now()
     FROM generate_series(1, ${M}) m WHERE ${isNew("m")} OR NOT ${isNew(m2)}`,
  );
  await q(
    "Membership",
    `INSERT INTO "Membership" (id, "organisationId", "personId", "memberType", "joinedOn", "leftOn",
                               "capitalContributed", "updatedAt")
     SELECT ${membershipBase} + m, r.id, ${personBase} + (${personOf}), 
            CASE WHEN pg_temp.u(m, 25) < 0.9 THEN 'OFFICIAL'::"MemberType" ELSE 'ASSOCIATE_CAPITAL'::"MemberType" END,
            j.joined,
            CASE WHEN pg_temp.u(m, 24) < 0.1 AND j.joined + 30 + floor(pg_temp.u(m, 26) * 1500)::int <= DATE '${DATA_END}'
                 THEN j.joined + 30 + floor(pg_temp.u(m, 26) * 1500)::int END,
            (floor(pg_temp.u(m, 27) * 50) * 1000000)::bigint, now()
     FROM generate_series(1, ${M}) m
     JOIN b_reg r ON r.rn = 1 + floor(pg_temp.u(m, 20) * ${regCount})::int
     CROSS JOIN LATERAL (SELECT r.founded + floor(pg_temp.u(m, 23) * greatest(1, DATE '${DATA_END}' - r.founded))::int AS joined) j`,
  );
  await q(
    "AnnualReport",
    `INSERT INTO "AnnualReport" ("organisationId", year, "memberCount", "officialMemberCount", "employeeCount",
                                 revenue, profit, "avgMemberIncome", effective, "approvalStatus", "updatedAt")
     SELECT o.id, y, CASE WHEN o.type <> 'LHHTX' THEN 5 + floor(pg_temp.u(k, 40) * 60)::int END, NULL,
            floor(pg_temp.u(k, 41) * 20)::int, (floor(pg_temp.u(k, 42) * 5000) * 1000000)::bigint,
            (floor(pg_temp.u(k, 43) * 500) * 1000000)::bigint, (floor(pg_temp.u(k, 44) * 80) * 1000000)::bigint,
            CASE WHEN o.type <> 'THT' THEN NULL WHEN pg_temp.u(k, 45) < 0.6 THEN true
                 WHEN pg_temp.u(k, 45) < 0.85 THEN false END,
            (CASE WHEN y < 2026 AND pg_temp.u(k, 46) < 0.95 THEN 'APPROVED'
                  WHEN y = 2026 AND pg_temp.u(k, 46) < 0.7 THEN 'APPROVED'
                  WHEN pg_temp.u(k, 46) < 0.85 THEN 'SUBMITTED' ELSE 'DRAFT' END)::"ApprovalStatus", now()
     FROM b_org o CROSS JOIN generate_series(2022, 2026) y
     CROSS JOIN LATERAL (SELECT o.i * 10 + y AS k) kk
     WHERE (o.founded IS NULL OR o.founded <= make_date(y, 12, 31)) AND pg_temp.u(k, 47) < 0.92`,
  );
  await q(
    "Rating",
    `INSERT INTO "Rating" ("organisationId", year, eligible, score, level, "notRatedReason", "updatedAt")
     SELECT o.id, y, el, CASE WHEN el AND NOT pending THEN sc END,
            (CASE WHEN NOT el OR pending THEN NULL WHEN sc >= 80 THEN 'GOOD' WHEN sc >= 65 THEN 'FAIR'
                  WHEN sc >= 50 THEN 'AVERAGE' ELSE 'WEAK' END)::"RatingLevel",
            (CASE WHEN NOT el THEN 'UNDER_12_MONTHS' WHEN pending THEN 'PENDING' END)::"NotRatedReason", now()
     FROM b_org o CROSS JOIN generate_series(2022, 2026) y
     CROSS JOIN LATERAL (SELECT o.i * 10 + y AS k) kk
     CROSS JOIN LATERAL (SELECT pg_temp.u(k, 50) >= 0.1 AS el, pg_temp.u(k, 51) < 0.1 AS pending,
                                round((30 + pg_temp.u(k, 52) * 68)::numeric, 2) AS sc) r
     WHERE o.type IN ('HTX', 'LHHTX') AND (o.founded IS NULL OR o.founded <= make_date(y, 12, 31))
       AND pg_temp.u(k, 53) < 0.9`,
  );
  await q(
    "ValueChainLink",
    `INSERT INTO "ValueChainLink" ("organisationId", "partnerName", role, product, "areaHa", "validFrom", "validTo", "updatedAt")
     SELECT id, 'Doanh nghiệp ' || (i % 997), 'MEMBER', 'Lúa', round((pg_temp.u(i, 60) * 200)::numeric, 2), vf,
            CASE WHEN pg_temp.u(i, 61) < 0.3 THEN vf + 365 + floor(pg_temp.u(i, 62) * 1100)::int END, now()
     FROM b_org, LATERAL (SELECT DATE '2018-01-01' + floor(pg_temp.u(i, 63) * 3200)::int AS vf) v
     WHERE pg_temp.u(i, 64) < CASE type WHEN 'HTX' THEN 0.25 WHEN 'THT' THEN 0.06 ELSE 0.5 END`,
  );
  await q(
    "HighTechApplication",
    `INSERT INTO "HighTechApplication" ("organisationId", "technologyType", evidence, "validFrom", "validTo", "updatedAt")
     SELECT id, (ARRAY['GREENHOUSE','WATER_SAVING_IRRIGATION','VIETGAP','GLOBALGAP','TRACEABILITY','MECHANISATION',
                       'BIOTECH','IOT','OTHER'])[1 + floor(pg_temp.u(i * 3 + n, 70) * 9)::int]::"HighTechType",
            CASE WHEN pg_temp.u(i * 3 + n, 71) < 0.8 THEN 'Giấy chứng nhận ' || i END,
            DATE '2019-01-01' + floor(pg_temp.u(i * 3 + n, 72) * 2800)::int, NULL, now()
     FROM b_org CROSS JOIN generate_series(1, 2) n
     WHERE type = 'HTX' AND pg_temp.u(i, 73) < 0.15 AND (n = 1 OR pg_temp.u(i, 74) < 0.3)`,
  );
  await q(
    "DigitalPractice",
    `INSERT INTO "DigitalPractice" ("organisationId", year, practice)
     SELECT id, y, (ARRAY['ACCOUNTING_SOFTWARE','E_COMMERCE','DIGITAL_PAYMENT','QR_TRACEABILITY','WEBSITE_SOCIAL',
                          'MANAGEMENT_SOFTWARE','OTHER'])[1 + floor(pg_temp.u(i * 10 + y, 80) * 7)::int]::"DigitalPracticeType"
     FROM b_org CROSS JOIN generate_series(2022, 2026) y
     WHERE (founded IS NULL OR founded <= make_date(y, 12, 31)) AND pg_temp.u(i * 10 + y, 81) < 0.1 + 0.06 * (y - 2022)`,
  );

  o.log("  tạo lại chỉ mục của Membership, Person…");
  const t = performance.now();
  for (const def of dropped) await client.query(def);
  o.log(`  chỉ mục: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await client.query("SET session_replication_role = DEFAULT").catch(() => {});
  for (const table of [
    "AreaUnit",
    "Organisation",
    "OrgStatusChange",
    "Person",
    "Membership",
    "AnnualReport",
    "Rating",
    "ValueChainLink",
    "HighTechApplication",
    "DigitalPractice",
    "Population",
  ]) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce((SELECT max(id) FROM "${table}"), 0) + 1, false)`,
    );
  }

  const communeIds = Array.from({ length: communes }, (_, k) => communeBase + 1 + k);
  // District 1's communes: c with 1 + (c-1)*districts/communes = 1.
  const districtCommuneIds = communeIds.filter((_, k) => Math.floor((k * districts) / communes) === 0);
  const counts: Record<string, number> = {};
  for (const table of ["Organisation", "Membership", "Person", "AnnualReport", "Rating", "OrgStatusChange"]) {
    counts[table] = await count(`rows of ${table}`, `SELECT count(*) AS n FROM "${table}"`);
  }
  counts.communes = communes;
  counts.districts = districts;
  counts.provinces = provinces;
  return { communeIds, districtCommuneIds, communeId: districtCommuneIds[0], counts };
}

/** Drops the non-primary-key indexes of `tables`; returns the statements that rebuild them. */
async function dropSecondaryIndexes(client: pg.Client, tables: string[]): Promise<string[]> {
  const res = await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  const rows = parseRows("secondary indexes", z.object({ indexname: col.text(), indexdef: col.text() }), res.rows);
  for (const r of rows) await client.query(`DROP INDEX "${r.indexname}"`);
  return rows.map((r) => r.indexdef);
}
