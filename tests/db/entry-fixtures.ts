// Shared set-up of the data-entry tests: two communes, one organisation in each, the
// TT 01/2020 thresholds, and one user per role (the commune official in commune A).
import type { PrismaClient } from "@/generated/prisma/client";
import { loadViewer } from "@/server/auth/session";
import type { Viewer } from "@/server/auth/viewer";
import { createTestDatabase, type TestDatabase } from "./test-database";

export type EntryWorld = {
  db: TestDatabase;
  prisma: PrismaClient;
  communeA: number;
  communeB: number;
  district: number;
  orgA: number;
  orgB: number;
  thtA: number;
  admin: Viewer;
  districtUser: Viewer;
  committee: Viewer;
  communeUser: Viewer;
};

export async function createEntryWorld(): Promise<EntryWorld> {
  process.env.ID_NUMBER_HASH_KEY ??= "khoa-thu-nghiem-cho-cac-bai-kiem-tra-nhap-lieu";
  const db = await createTestDatabase();
  const prisma = db.prisma;
  const validFrom = new Date("2000-01-01");
  const district = (
    await prisma.areaUnit.create({
      data: { code: "GCT", name: "Gò Công Tây", kind: "Huyện", level: "DISTRICT", validFrom },
    })
  ).id;
  const unit = (code: string, name: string) =>
    prisma.areaUnit.create({ data: { code, name, kind: "Xã", level: "COMMUNE", parentId: district, validFrom } });
  const communeA = (await unit("BP", "Bình Phú")).id;
  const communeB = (await unit("BN", "Bình Nhì")).id;
  const org = (code: string, communeId: number, type: "HTX" | "THT" = "HTX") =>
    prisma.organisation.create({
      data: {
        code,
        type,
        name: `Tổ chức ${code}`,
        communeId,
        sector: "AGRICULTURE",
        foundedOn: new Date("2020-03-01"),
        hasMemberRegister: true,
        statusHistory: { create: { status: "ACTIVE", effectiveFrom: new Date("2020-03-01") } },
      },
    });
  const orgA = (await org("HTX-A", communeA)).id;
  const orgB = (await org("HTX-B", communeB)).id;
  const thtA = (await org("THT-A", communeA, "THT")).id;
  for (const scheme of ["GENERAL", "AGRICULTURE"] as const) {
    for (const [level, minScore] of [
      ["GOOD", "80"],
      ["FAIR", "65"],
      ["AVERAGE", "50"],
      ["WEAK", "0"],
    ] as const) {
      await prisma.ratingThreshold.create({ data: { scheme, level, minScore, validFrom: new Date("2020-01-01") } });
    }
  }
  const makeUser = async (username: string, role: Viewer["role"], communeIds: number[] = []) => {
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
  return {
    db,
    prisma,
    communeA,
    communeB,
    district,
    orgA,
    orgB,
    thtA,
    admin: await makeUser("quantri", "ADMIN"),
    districtUser: await makeUser("huyen", "DISTRICT"),
    committee: await makeUser("thuongtruc", "COMMITTEE"),
    communeUser: await makeUser("xa.a", "COMMUNE", [communeA]),
  };
}

/** Audit rows written by `fn`. */
export async function auditRowsOf<T>(prisma: PrismaClient, fn: () => Promise<T>) {
  const maxBefore = (await prisma.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0n;
  const result = await fn();
  const rows = await prisma.auditLog.findMany({ where: { id: { gt: maxBefore } }, orderBy: { id: "asc" } });
  return { result, rows };
}
