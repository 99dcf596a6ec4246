// Demo accounts, created with the demo data only (never on a production database).
// The shared password is public (README, quick start): it protects nothing.
import type { PrismaClient } from "../../generated/prisma/client";
import type { Role } from "../../generated/prisma/enums";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";

export const DEMO_PASSWORD = "demo-ktt-2026!";

export const DEMO_USERS: ReadonlyArray<{ username: string; fullName: string; role: Role; label: string }> = [
  { username: "admin", fullName: "Quản trị hệ thống", role: "ADMIN", label: "Quản trị viên" },
  {
    username: "phongtckh",
    fullName: "Nguyễn Thị Thu Hà",
    role: "DISTRICT",
    label: "Cán bộ Phòng Tài chính – Kế hoạch",
  },
  { username: "thuongtruc", fullName: "Trần Văn Minh", role: "COMMITTEE", label: "Thường trực Huyện ủy (chỉ xem)" },
  { username: "xa.binhphu", fullName: "Lê Văn Phúc", role: "COMMUNE", label: "Cán bộ xã Bình Phú" },
];

/** The commune of the demo commune official: Bình Phú (the pre-2025 unit if several). */
async function findBinhPhu(prisma: PrismaClient): Promise<number> {
  const units = await prisma.areaUnit.findMany({
    where: { level: "COMMUNE", OR: [{ name: "Bình Phú" }, { name: { endsWith: " Bình Phú" } }] },
    orderBy: [{ validTo: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: { id: true },
  });
  if (!units[0])
    throw new Error("Chưa có xã Bình Phú trong danh mục đơn vị hành chính: hãy nạp dữ liệu tham chiếu trước");
  return units[0].id;
}

/** Creates the demo accounts that do not exist yet; existing ones are left untouched. */
export async function seedDemoUsers(prisma: PrismaClient): Promise<{ created: string[] }> {
  const existing = new Set(
    (
      await prisma.user.findMany({
        where: { username: { in: DEMO_USERS.map((u) => u.username) } },
        select: { username: true },
      })
    ).map((u) => u.username),
  );
  const missing = DEMO_USERS.filter((u) => !existing.has(u.username));
  if (missing.length === 0) return { created: [] };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const binhPhu = missing.some((u) => u.role === "COMMUNE") ? await findBinhPhu(prisma) : null;
  await prisma.$transaction(async (tx) => {
    for (const u of missing) {
      const communeIds = u.role === "COMMUNE" && binhPhu ? [binhPhu] : [];
      const user = await tx.user.create({
        data: {
          username: u.username,
          fullName: u.fullName,
          role: u.role,
          passwordHash,
          scopes: { create: communeIds.map((areaUnitId) => ({ areaUnitId })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: "seed",
        action: "CREATE",
        entity: "User",
        entityId: user.id,
        after: { username: u.username, fullName: u.fullName, role: u.role, communeIds, demo: true },
      });
    }
  });
  return { created: missing.map((u) => u.username) };
}
