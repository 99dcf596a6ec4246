import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { authenticate, LOCK_MINUTES, MAX_FAILED_LOGINS, MAX_FAILED_PER_CLIENT } from "@/server/auth/authenticate";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { assertCanWriteOrganisation } from "@/server/auth/record-scope";
import { loadViewer } from "@/server/auth/session";
import type { Viewer } from "@/server/auth/viewer";
import { defineAction } from "@/server/actions/define-action";
import { listActions } from "@/server/actions/registry";
import { recordAudit } from "@/server/audit/record-audit";
import { updateWithVersion } from "@/server/db/optimistic";
import { AppError } from "@/server/errors";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from "@/server/seed/users";
import { createUser } from "@/server/users/create-user.action";
import { setUserDisabled } from "@/server/users/set-user-disabled.action";
import { createTestDatabase, type TestDatabase } from "./test-database";

const PASSWORD = "mật-khẩu-thử-2026";

let db: TestDatabase;
let prisma: PrismaClient;
let communeA: number;
let communeB: number;
let orgA: number;
let orgB: number;
let admin: Viewer;
let district: Viewer;
let committee: Viewer;
let communeUser: Viewer;

async function makeUser(username: string, role: Viewer["role"], communeIds: number[] = []): Promise<Viewer> {
  const u = await prisma.user.create({
    data: {
      username,
      fullName: `Người dùng ${username}`,
      role,
      passwordHash: await hashPassword(PASSWORD),
      scopes: { create: communeIds.map((areaUnitId) => ({ areaUnitId })) },
    },
  });
  return (await loadViewer(prisma, u.id))!;
}

const auditCount = (where: object = {}) => prisma.auditLog.count({ where });

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  const validFrom = new Date("2000-01-01");
  communeA = (
    await prisma.areaUnit.create({
      data: {
        code: "A",
        name: "Xã Bình Phú",
        kind: "Xã",
        level: "COMMUNE",
        validFrom,
        validTo: new Date("2025-06-30"),
      },
    })
  ).id;
  communeB = (
    await prisma.areaUnit.create({ data: { code: "B", name: "Xã Bình Nhì", kind: "Xã", level: "COMMUNE", validFrom } })
  ).id;
  orgA = (
    await prisma.organisation.create({
      data: { code: "HTX-A", type: "HTX", name: "HTX A", communeId: communeA, sector: "AGRICULTURE" },
    })
  ).id;
  orgB = (
    await prisma.organisation.create({
      data: { code: "HTX-B", type: "HTX", name: "HTX B", communeId: communeB, sector: "AGRICULTURE" },
    })
  ).id;
  admin = await makeUser("quantri", "ADMIN");
  district = await makeUser("huyen", "DISTRICT");
  committee = await makeUser("thuongtruc.thu", "COMMITTEE");
  communeUser = await makeUser("xa.a", "COMMUNE", [communeA]);
});
afterAll(async () => db?.dispose());

describe("passwords", () => {
  it("hashes with argon2id, verifies, and refuses passwords under 12 characters", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain(PASSWORD);
    expect(await verifyPassword(hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, PASSWORD + "x")).toBe(false);
    expect(await verifyPassword("not a hash", PASSWORD)).toBe(false);
    await expect(hashPassword("ngắn-quá")).rejects.toThrow(/ít nhất 12 ký tự/);
  });
});

describe("sign-in", () => {
  it("signs in, resets the failure count and audits success and failure without the password", async () => {
    const bad = await authenticate(prisma, { username: "huyen", password: "sai-mat-khau-roi", ip: "10.0.0.1" });
    expect(bad).toEqual({ ok: false, reason: "INVALID" });

    const ok = await authenticate(prisma, { username: "  HUYEN ", password: PASSWORD, ip: "10.0.0.1" });
    expect(ok.ok).toBe(true);
    const row = await prisma.user.findUnique({ where: { id: district.id } });
    expect(row!.lastLoginAt).not.toBeNull();
    // the success starts the count again: four more failures do not lock
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++)
      expect(
        await authenticate(prisma, { username: "huyen", password: `sai-${i}-xxxxxxxxxx`, ip: "10.0.0.1" }),
      ).toEqual({
        ok: false,
        reason: "INVALID",
      });
    expect((await authenticate(prisma, { username: "huyen", password: PASSWORD, ip: "10.0.0.1" })).ok).toBe(true);

    const audits = await prisma.auditLog.findMany({
      where: { entity: "User", entityId: String(district.id), action: { in: ["SIGN_IN", "SIGN_IN_FAILED"] } },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.action).slice(0, 2)).toEqual(["SIGN_IN_FAILED", "SIGN_IN"]);
    expect(audits[0].after).toEqual({ username: "huyen", reason: "INVALID" });
    expect(audits[0].ip).toBe("10.0.0.1");
    expect(audits[1].userId).toBe(district.id);
    expect(JSON.stringify(audits.map((a) => [a.before, a.after, a.actor]))).not.toContain("sai-mat-khau-roi");
  });

  it(`locks a username for ${LOCK_MINUTES} minutes after ${MAX_FAILED_LOGINS} failures, even with the right password`, async () => {
    const user = await makeUser("bi.khoa", "DISTRICT");
    const t0 = new Date();
    const reasons = [];
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      reasons.push(
        (await authenticate(prisma, { username: user.username, password: `sai-${i}-xxxxxxxxxx`, now: t0 })) as {
          reason?: string;
        },
      );
    }
    expect(reasons.map((r) => r.reason)).toEqual(["INVALID", "INVALID", "INVALID", "INVALID", "LOCKED"]);

    expect(
      await authenticate(prisma, {
        username: user.username,
        password: PASSWORD,
        now: new Date(t0.getTime() + 14 * 60_000),
      }),
    ).toEqual({
      ok: false,
      reason: "LOCKED",
    });
    const later = await authenticate(prisma, {
      username: user.username,
      password: PASSWORD,
      now: new Date(t0.getTime() + 16 * 60_000),
    });
    expect(later.ok).toBe(true);
  });

  it("answers an unknown username exactly like a known one, lock included", async () => {
    const t0 = new Date();
    const reasons = [];
    for (let i = 0; i < MAX_FAILED_LOGINS + 1; i++) {
      reasons.push(
        (
          (await authenticate(prisma, { username: "khong.ton.tai", password: `sai-${i}-xxxxxxxxxx`, now: t0 })) as {
            reason?: string;
          }
        ).reason,
      );
    }
    expect(reasons).toEqual(["INVALID", "INVALID", "INVALID", "INVALID", "LOCKED", "LOCKED"]);
    const failures = await prisma.auditLog.findMany({ where: { action: "SIGN_IN_FAILED", entityId: null } });
    expect(failures.length).toBe(MAX_FAILED_LOGINS + 1);
    expect(failures.every((f) => (f.after as { username: string }).username === "khong.ton.tai")).toBe(true);
  });

  it("gives an existing and an unknown username the same answer at every step, past the window too", async () => {
    const known = await makeUser("co.that", "DISTRICT");
    const t0 = new Date(Date.now() + 60 * 60_000);
    const run = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++)
        out.push(
          (
            (await authenticate(prisma, { username, password: `sai-${i}-xxxxxxxxxx`, ip: "10.9.9.9", now: t0 })) as {
              reason: string;
            }
          ).reason,
        );
      // the fifth attempt after the window has passed (the finding: "locked" for an
      // existing account, "wrong password" for an unknown one)
      const late = new Date(t0.getTime() + (LOCK_MINUTES + 1) * 60_000);
      out.push(
        (
          (await authenticate(prisma, { username, password: "sai-nua-xxxxxxxxxx", ip: "10.9.9.9", now: late })) as {
            reason: string;
          }
        ).reason,
      );
      return out;
    };
    const forKnown = await run(known.username);
    expect(forKnown).toEqual(["INVALID", "INVALID", "INVALID", "INVALID", "INVALID"]);
    expect(await run("khong.co.ai")).toEqual(forKnown);
  });

  it("locks the attacker's client, not the real user signing in from elsewhere; and throttles a client across accounts", async () => {
    const victim = await makeUser("nan.nhan", "ADMIN");
    const t0 = new Date(Date.now() + 3 * 60 * 60_000);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      await authenticate(prisma, {
        username: victim.username,
        password: `doan-${i}-xxxxxxxxx`,
        ip: "203.0.113.66",
        now: t0,
      });
    expect(
      await authenticate(prisma, { username: victim.username, password: PASSWORD, ip: "203.0.113.66", now: t0 }),
    ).toEqual({
      ok: false,
      reason: "LOCKED",
    });
    expect(
      (await authenticate(prisma, { username: victim.username, password: PASSWORD, ip: "198.51.100.7", now: t0 })).ok,
    ).toBe(true);
    // one client guessing over many usernames
    for (let i = 0; i < MAX_FAILED_PER_CLIENT; i++)
      await authenticate(prisma, { username: `ten-${i}`, password: "doan-xxxxxxxxxxxx", ip: "203.0.113.99", now: t0 });
    expect(await authenticate(prisma, { username: "huyen", password: PASSWORD, ip: "203.0.113.99", now: t0 })).toEqual({
      ok: false,
      reason: "LOCKED",
    });
    expect(
      (await authenticate(prisma, { username: "huyen", password: PASSWORD, ip: "198.51.100.8", now: t0 })).ok,
    ).toBe(true);
  });

  it("without a known address (no production server in front) clients share no per-client bucket, only each username's lock", async () => {
    const t0 = new Date(Date.now() + 5 * 60 * 60_000);
    // 20 failures over many usernames from clients whose address is unknown: had they
    // counted as one client, every account would now be locked for everyone.
    for (let i = 0; i < MAX_FAILED_PER_CLIENT; i++)
      await authenticate(prisma, { username: `vo-danh-${i}`, password: "doan-xxxxxxxxxxxx", ip: null, now: t0 });
    expect((await authenticate(prisma, { username: "huyen", password: PASSWORD, ip: null, now: t0 })).ok).toBe(true);
    // What stays shared (docs/security.md, V2): 5 failures on one username lock that
    // username for every client without an address; clients with one are not affected.
    const target = await makeUser("khong.dia.chi", "DISTRICT");
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      await authenticate(prisma, { username: target.username, password: `doan-${i}-xxxxxxxxx`, ip: null, now: t0 });
    expect(await authenticate(prisma, { username: target.username, password: PASSWORD, ip: null, now: t0 })).toEqual({
      ok: false,
      reason: "LOCKED",
    });
    expect(
      (await authenticate(prisma, { username: target.username, password: PASSWORD, ip: "198.51.100.9", now: t0 })).ok,
    ).toBe(true);
  });

  it("refuses a disabled account with the same answer as a wrong password", async () => {
    const user = await makeUser("da.khoa", "DISTRICT");
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await authenticate(prisma, { username: "da.khoa", password: PASSWORD })).toEqual({
      ok: false,
      reason: "INVALID",
    });
  });

  it("loads the viewer fresh: a disabled user is anonymous, a changed role applies at once", async () => {
    const user = await makeUser("doi.vai.tro", "COMMUNE", [communeA]);
    expect(user.communeIds).toEqual([communeA]);
    await prisma.user.update({ where: { id: user.id }, data: { role: "COMMITTEE" } });
    expect((await loadViewer(prisma, user.id))!).toMatchObject({ role: "COMMITTEE", communeIds: [] });
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await loadViewer(prisma, user.id)).toBeNull();
  });
});

// A typical write: rename an organisation. The request may name a communeId, which the
// authorization must ignore in favour of the organisation's own commune.
const renameOrganisation = defineAction({
  name: "test.renameOrganisation",
  schema: z.object({
    organisationId: z.coerce.number({ error: "Thiếu tổ chức" }).int(),
    communeId: z.coerce.number().int().optional(),
    version: z.coerce.number({ error: "Thiếu phiên bản" }).int(),
    name: z.string({ error: "Hãy nhập tên" }).trim().min(3, { error: "Tên phải có ít nhất 3 ký tự" }),
  }),
  authorize: (viewer, input, tx) => assertCanWriteOrganisation(viewer, tx, input.organisationId).then(() => undefined),
  async handler({ input, prisma: tx, audit }) {
    const before = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId } });
    const after = await updateWithVersion(tx, "organisation", input.organisationId, input.version, {
      name: input.name,
    });
    await audit({
      action: "UPDATE",
      entity: "Organisation",
      entityId: after.id,
      before: { name: before.name },
      after: { name: after.name },
    });
    return { id: after.id, version: after.version };
  },
});

const failMidway = defineAction({
  name: "test.failMidway",
  schema: z.object({ code: z.string() }),
  authorize: () => {},
  async handler({ input, prisma: tx, audit }) {
    const org = await tx.organisation.create({
      data: { code: input.code, type: "THT", name: "THT dở dang", communeId: communeA, sector: "AGRICULTURE" },
    });
    await audit({ action: "CREATE", entity: "Organisation", entityId: org.id, after: org });
    throw new Error("hỏng giữa chừng");
  },
});

const duplicateCode = defineAction({
  name: "test.duplicateCode",
  schema: z.object({}),
  authorize: () => {},
  async handler({ prisma: tx, audit }) {
    await audit({ action: "CREATE", entity: "Organisation" });
    return tx.organisation.create({
      data: { code: "HTX-A", type: "HTX", name: "Trùng mã", communeId: communeA, sector: "AGRICULTURE" },
    });
  },
});

const forgetsAudit = defineAction({
  name: "test.forgetsAudit",
  schema: z.object({}),
  authorize: () => {},
  handler: async ({ prisma: tx }) =>
    tx.organisation.update({ where: { id: orgB }, data: { address: "không ghi vết" } }),
});

describe("defineAction", () => {
  let version: number;
  beforeEach(async () => {
    version = (await prisma.organisation.findUniqueOrThrow({ where: { id: orgA } })).version;
  });

  it("refuses anonymous callers before anything else", async () => {
    const res = await renameOrganisation.run(null, { organisationId: orgA, version, name: "Tên mới" }, prisma);
    expect(res).toEqual({ ok: false, error: "Bạn cần đăng nhập" });
  });

  it("refuses the committee", async () => {
    const before = await auditCount();
    const res = await renameOrganisation.run(committee, { organisationId: orgA, version, name: "Tên mới" }, prisma);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(/chỉ được xem/);
    expect(await auditCount()).toBe(before);
  });

  it("refuses a commune user on another commune's record even when the request names their own commune", async () => {
    const versionB = (await prisma.organisation.findUniqueOrThrow({ where: { id: orgB } })).version;
    const res = await renameOrganisation.run(
      communeUser,
      { organisationId: orgB, communeId: communeA, version: versionB, name: "Chiếm quyền" },
      prisma,
    );
    expect(res).toMatchObject({ ok: false, error: "Bạn không có quyền sửa dữ liệu của xã này" });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: orgB } })).name).toBe("HTX B");
  });

  it("lets the commune user write in their own commune and leaves exactly one audit row", async () => {
    const before = await auditCount({ entity: "Organisation", entityId: String(orgA) });
    const res = await renameOrganisation.run(
      communeUser,
      { organisationId: orgA, version, name: "HTX A đổi tên" },
      prisma,
      { ip: "10.1.1.1" },
    );
    expect(res).toEqual({ ok: true, data: { id: orgA, version: version + 1 } });
    const rows = await prisma.auditLog.findMany({
      where: { entity: "Organisation", entityId: String(orgA) },
      orderBy: { id: "asc" },
    });
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({
      action: "UPDATE",
      userId: communeUser.id,
      actor: "xa.a",
      ip: "10.1.1.1",
      before: { name: "HTX A" },
      after: { name: "HTX A đổi tên" },
    });
  });

  it("reports zod errors field by field, in Vietnamese, with the values to refill the form", async () => {
    const fd = new FormData();
    fd.set("organisationId", String(orgA));
    fd.set("name", "ab");
    fd.set("password", "không-trả-lại");
    const res = await renameOrganisation.run(district, fd, prisma);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toBe("Dữ liệu chưa hợp lệ, hãy sửa các ô được đánh dấu");
    expect(res.fieldErrors).toEqual({ version: ["Thiếu phiên bản"], name: ["Tên phải có ít nhất 3 ký tự"] });
    expect(res.values).toEqual({ organisationId: String(orgA), name: "ab" });
  });

  it("leaves no rows and no audit when the handler throws midway, and gives a reference", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const audits = await auditCount();
    const res = await failMidway.run(district, { code: "THT-DO-DANG" }, prisma);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.ref).toMatch(/^[0-9A-F]{8}$/);
    expect(res.error).toContain(res.ref);
    expect(res.error).not.toContain("hỏng giữa chừng");
    expect(spy).toHaveBeenCalledWith(expect.stringContaining(res.ref!), expect.any(Error));
    expect(await prisma.organisation.count({ where: { code: "THT-DO-DANG" } })).toBe(0);
    expect(await auditCount()).toBe(audits);
    spy.mockRestore();
  });

  it("maps a unique violation to a clear message", async () => {
    const res = await duplicateCode.run(district, {}, prisma);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(/^Dữ liệu bị trùng với một bản ghi đã có/);
    expect(!res.ok && res.ref).toBeUndefined();
  });

  it("rolls back an action that wrote without auditing", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await forgetsAudit.run(admin, {}, prisma);
    expect(res.ok).toBe(false);
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: orgB } })).address).toBeNull();
    spy.mockRestore();
  });

  it("registers every action by name", () => {
    const names = listActions().map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining(["test.renameOrganisation", "test.failMidway", "users.create", "users.setDisabled"]),
    );
  });
});

describe("optimistic locking", () => {
  it("lets one of two edits from the same version win and refuses the other, naming who changed it", async () => {
    const { version } = await prisma.organisation.findUniqueOrThrow({ where: { id: orgB } });
    const results = await Promise.all([
      renameOrganisation.run(district, { organisationId: orgB, version, name: "HTX B – sửa của huyện" }, prisma),
      renameOrganisation.run(admin, { organisationId: orgB, version, name: "HTX B – sửa của quản trị" }, prisma),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners.length).toBe(1);
    expect(losers.length).toBe(1);
    const winner = results[0].ok ? district : admin;
    expect(!losers[0].ok && losers[0].error).toMatch(
      new RegExp(
        `^Bản ghi đã được ${winner.fullName} sửa lúc \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4} sau khi bạn mở; hãy tải lại để xem thay đổi$`,
      ),
    );
    const row = await prisma.organisation.findUniqueOrThrow({ where: { id: orgB } });
    expect(row.version).toBe(version + 1);
    expect(await auditCount({ entity: "Organisation", entityId: String(orgB), action: "UPDATE" })).toBe(1);
  });

  it("throws CONFLICT from updateWithVersion, NOT_FOUND for a missing row", async () => {
    await prisma.$transaction(async (tx) => {
      const { version } = await tx.organisation.findUniqueOrThrow({ where: { id: orgA } });
      await expect(updateWithVersion(tx, "organisation", orgA, version - 1, { address: "x" })).rejects.toMatchObject({
        code: "CONFLICT",
      });
      await expect(updateWithVersion(tx, "organisation", 999_999, 1, { address: "x" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    });
  });
});

describe("audit", () => {
  it("stores BigInt, Decimal and Date as JSON and drops secrets", async () => {
    const { Prisma } = await import("@/generated/prisma/client");
    const row = await recordAudit(prisma, {
      actor: "test",
      action: "UPDATE",
      entity: "Thu",
      entityId: 1n,
      before: null,
      after: {
        capital: 12_345_678_901_234n,
        score: new Prisma.Decimal("87.50"),
        on: new Date("2026-11-29T03:32:00Z"),
        passwordHash: "x",
        nested: [{ password: "y", a: 1 }],
      },
    });
    const saved = await prisma.auditLog.findUniqueOrThrow({ where: { id: row.id } });
    expect(saved.before).toBeNull();
    expect(saved.entityId).toBe("1");
    expect(saved.after).toEqual({
      capital: "12345678901234",
      score: "87.5",
      on: "2026-11-29T03:32:00.000Z",
      nested: [{ a: 1 }],
    });
  });
});

describe("users admin actions", () => {
  it("lets only an admin create users, with a hashed password, scopes and an audit row", async () => {
    const input = {
      username: "Xa.BinhNhi",
      fullName: "Phạm Thị Lan",
      role: "COMMUNE",
      communeIds: [String(communeB)],
      password: "mat-khau-du-dai-1",
    };
    expect((await createUser.run(district, input, prisma)).ok).toBe(false);
    const res = await createUser.run(admin, input, prisma);
    expect(res).toMatchObject({ ok: true, data: { username: "xa.binhnhi" } });
    const user = await prisma.user.findUniqueOrThrow({ where: { username: "xa.binhnhi" }, include: { scopes: true } });
    expect(user.scopes.map((s) => s.areaUnitId)).toEqual([communeB]);
    expect(await verifyPassword(user.passwordHash, "mat-khau-du-dai-1")).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "User", entityId: String(user.id), action: "CREATE" },
    });
    expect(JSON.stringify(audit.after)).not.toContain("mat-khau");

    const again = await createUser.run(admin, input, prisma);
    expect(again).toMatchObject({ ok: false, fieldErrors: { username: ["Tên đăng nhập đã được dùng"] } });
    const short = await createUser.run(
      admin,
      { ...input, username: "ngan", password: "ngắn", role: "COMMUNE", communeIds: [] },
      prisma,
    );
    expect(short).toMatchObject({
      ok: false,
      fieldErrors: {
        password: ["Mật khẩu phải có ít nhất 12 ký tự"],
        communeIds: ["Cán bộ xã cần được giao ít nhất một xã, thị trấn"],
      },
    });
  });

  it("refuses an admin disabling their own account", async () => {
    const me = await prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    const res = await setUserDisabled.run(admin, { id: admin.id, version: me.version, disabled: "true" }, prisma);
    expect(res).toMatchObject({ ok: false, error: "Không thể tự khoá tài khoản của chính mình" });
  });
});

describe("demo users", () => {
  it("creates the four demo accounts once, the commune official scoped to Bình Phú", async () => {
    expect((await seedDemoUsers(prisma)).created).toEqual(DEMO_USERS.map((u) => u.username));
    expect((await seedDemoUsers(prisma)).created).toEqual([]);
    const xa = await prisma.user.findUniqueOrThrow({ where: { username: "xa.binhphu" }, include: { scopes: true } });
    expect(xa.scopes.map((s) => s.areaUnitId)).toEqual([communeA]);
    const signIn = await authenticate(prisma, { username: "phongtckh", password: DEMO_PASSWORD });
    expect(signIn.ok).toBe(true);
  });
});

it("AppError keeps its code", () => {
  expect(new AppError("CONFLICT", "x").code).toBe("CONFLICT");
});
