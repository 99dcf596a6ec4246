// A small world every action can act on, shared by the authorization matrix, the fuzz
// tests and the concurrency tests: the reference data (communes, rating thresholds,
// targets), one user per role (the commune official in `communeOwn`), and factories
// that create fresh target records, so a test never depends on another's leftovers.
import type { ApprovalStatus, PrismaClient } from "@/generated/prisma/client";
import { loadViewer } from "@/server/auth/session";
import type { Viewer } from "@/server/auth/viewer";
import { seedReferenceData } from "@/server/seed/reference";
import { createTestDatabase, type TestDatabase } from "./test-database";

export const DATA_YEAR = 2025;
/** The founding day of the factory's organisations, the day the world's communes start. */
export const FOUNDED_ON = "2025-07-01";

export type ActionWorld = {
  db: TestDatabase;
  prisma: PrismaClient;
  /** The commune official's commune. */
  communeOwn: number;
  /** Another commune, outside the commune official's scope. */
  communeOther: number;
  communeCode: (id: number) => string;
  admin: Viewer;
  district: Viewer;
  committee: Viewer;
  commune: Viewer;
  make: ReturnType<typeof factories>;
};

export async function createActionWorld(): Promise<ActionWorld> {
  process.env.ID_NUMBER_HASH_KEY ??= "khoa-thu-nghiem-cho-cac-bai-kiem-tra-nhap-lieu";
  const db = await createTestDatabase();
  const prisma = db.prisma;
  await seedReferenceData(prisma);
  // Two communes in force today (the units created on 1/7/2025).
  const communes = await prisma.areaUnit.findMany({
    where: { level: "COMMUNE", validTo: null },
    orderBy: { code: "asc" },
    select: { id: true, code: true },
  });
  if (communes.length < 2) throw new Error("reference data without two current communes");
  const codes = new Map(communes.map((c) => [c.id, c.code]));
  const user = async (username: string, role: Viewer["role"], communeIds: number[] = []) => {
    const u = await prisma.user.create({
      data: {
        username,
        fullName: `Người dùng ${username}`,
        role,
        passwordHash: "x",
        scopes: { create: communeIds.map((areaUnitId) => ({ areaUnitId })) },
      },
    });
    return (await loadViewer(prisma, u.id))!;
  };
  const admin = await user("quantri", "ADMIN");
  return {
    db,
    prisma,
    communeOwn: communes[0].id,
    communeOther: communes[1].id,
    communeCode: (id) => codes.get(id)!,
    admin,
    district: await user("huyen", "DISTRICT"),
    committee: await user("thuongtruc", "COMMITTEE"),
    commune: await user("xa.mot", "COMMUNE", [communes[0].id]),
    make: factories(prisma, admin.id),
  };
}

let serial = 0;
/** A value unique in this process: codes, usernames, years of population rows. */
export const unique = () => ++serial;
let populationYears = 0;
/** A year not used yet by population rows of this process (2026…2099: the action world's
 *  communes exist from 01/07/2025, and a unit's population is only taken for its years). */
export const freshPopulationYear = () => 2026 + (populationYears++ % 74);

/** Fresh records to act on. Each call creates new rows. */
function factories(prisma: PrismaClient, adminId: number) {
  const organisation = async (communeId: number, type: "HTX" | "THT" = "HTX") => {
    const code = `MT-${unique()}`;
    return prisma.organisation.create({
      data: {
        code,
        type,
        name: `Hợp tác xã ${code}`,
        communeId,
        sector: "AGRICULTURE",
        mainProducts: ["Lúa"],
        // the world's communes exist from 01/07/2025: an organisation there starts then or later
        foundedOn: new Date(FOUNDED_ON),
        hasMemberRegister: true,
        statusHistory: { create: { status: "ACTIVE", effectiveFrom: new Date(FOUNDED_ON) } },
      },
    });
  };
  return {
    organisation,
    annualReport: (organisationId: number, approvalStatus: ApprovalStatus, year = DATA_YEAR) =>
      prisma.annualReport.create({ data: { organisationId, year, memberCount: 12, approvalStatus } }),
    digitalPractice: (organisationId: number) =>
      prisma.digitalPractice.create({ data: { organisationId, year: DATA_YEAR, practice: "E_COMMERCE" } }),
    highTech: (organisationId: number) =>
      prisma.highTechApplication.create({
        data: { organisationId, technologyType: "VIETGAP", validFrom: new Date("2024-01-01") },
      }),
    linkage: (organisationId: number) =>
      prisma.valueChainLink.create({
        data: {
          organisationId,
          partnerName: "Công ty Lương thực",
          role: "LEAD",
          product: "Lúa",
          validFrom: new Date("2024-01-01"),
        },
      }),
    support: (organisationId: number) =>
      prisma.supportReceived.create({
        data: { organisationId, policyArea: "CREDIT", year: DATA_YEAR, amount: 5_000_000n },
      }),
    membership: async (organisationId: number, communeId: number) => {
      const person = await prisma.person.create({
        data: { kind: "INDIVIDUAL", fullName: `Thành viên ${unique()}`, communeId },
      });
      return prisma.membership.create({
        data: { organisationId, personId: person.id, memberType: "OFFICIAL", joinedOn: new Date("2022-01-01") },
      });
    },
    user: (role: Viewer["role"] = "DISTRICT") =>
      prisma.user.create({ data: { username: `nd.${unique()}`, fullName: "Người dùng thử", role, passwordHash: "x" } }),
    periodicReport: (status: "DRAFT" | "PUBLISHED") =>
      prisma.periodicReport.create({
        data: {
          kind: "DINH_KY",
          periodType: "YEAR",
          year: DATA_YEAR,
          asOf: new Date(`${DATA_YEAR}-12-31`),
          scopeKey: `thu-${unique()}`,
          scope: { communeIds: [] },
          title: "Báo cáo thử nghiệm năm 2025",
          parentBody: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
          issuingBody: "SỞ TÀI CHÍNH",
          place: "Đồng Tháp",
          // Numbered and signed: ready to be published.
          documentNumber: "12/BC-STC",
          signerTitle: "GIÁM ĐỐC",
          signerName: "Nguyễn Văn An",
          status,
          results: "Kết quả thực hiện.",
          snapshot: {},
          createdById: adminId,
          publishedAt: status === "PUBLISHED" ? new Date() : null,
        },
      }),
  };
}

/** Every table of the public schema (migrations' bookkeeping aside). */
export async function listTables(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ t: string }[]>(
    `SELECT table_name AS t FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  return rows.map((r) => r.t);
}

/** Row counts of all tables in one statement: "Table=n, …" (cheap enough to run per input). */
export async function tableCounter(prisma: PrismaClient): Promise<() => Promise<Record<string, number>>> {
  const tables = await listTables(prisma);
  const sql = `SELECT ${tables.map((t, i) => `(SELECT count(*) FROM "${t}")::int AS c${i}`).join(", ")}`;
  return async () => {
    const [row] = await prisma.$queryRawUnsafe<Record<string, number>[]>(sql);
    return Object.fromEntries(tables.map((t, i) => [t, Number(row[`c${i}`])]));
  };
}
