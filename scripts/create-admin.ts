// Creates the first administrator of a production database (which has no demo users):
//   npm run user:create-admin -- --username ten.dang.nhap [--full-name "Họ và tên"]
// The password is read from ADMIN_PASSWORD, else from stdin (typed without echo on a
// terminal, or piped). No default password exists.
import readline from "node:readline";
import { openDatabase } from "../src/server/db/connection";
import { hashPassword } from "../src/server/auth/password";
import { PASSWORD_MIN_LENGTH } from "../src/domain/auth/password-policy";
import { normaliseUsername } from "../src/server/auth/authenticate";
import { recordAudit } from "../src/server/audit/record-audit";
import { env, loadDotEnv } from "../src/config/env";

loadDotEnv();

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

async function readPassword(): Promise<string> {
  const fromEnv = env().ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      // Hide what is typed: print the prompt once, then nothing for each keystroke.
      const out = rl as unknown as { _writeToOutput: (s: string) => void };
      let prompted = false;
      out._writeToOutput = (s: string) => {
        if (!prompted) {
          process.stdout.write(s);
          prompted = true;
        }
      };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask(`Mật khẩu (ít nhất ${PASSWORD_MIN_LENGTH} ký tự): `);
  const second = await ask("Nhập lại mật khẩu: ");
  if (first !== second) fail("Hai lần nhập mật khẩu không khớp.");
  return first;
}

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

async function main() {
  const raw = arg("username");
  if (!raw) fail("Cần --username, ví dụ: npm run user:create-admin -- --username quantri");
  const username = normaliseUsername(raw);
  if (!/^[a-z0-9._-]{3,50}$/.test(username)) fail("Tên đăng nhập chỉ gồm 3–50 chữ không dấu, chữ số và các dấu . _ -");
  const fullName = arg("full-name")?.trim() || "Quản trị hệ thống";

  const db = openDatabase();
  try {
    if (await db.prisma.user.findUnique({ where: { username }, select: { id: true } })) {
      fail(`Tài khoản "${username}" đã tồn tại; không thay đổi gì.`);
    }
    const password = await readPassword();
    if (password.length < PASSWORD_MIN_LENGTH) fail(`Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
    const passwordHash = await hashPassword(password);
    const user = await db.prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { username, fullName, role: "ADMIN", passwordHash },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: "create-admin",
        action: "CREATE",
        entity: "User",
        entityId: created.id,
        after: { username, fullName, role: "ADMIN" },
      });
      return created;
    });
    console.log(`Đã tạo quản trị viên "${username}" (id ${user.id}).`);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof UsageError ? e.message : e);
  process.exit(1);
});
