// Child process of import-crash.test.ts: imports a large spreadsheet into DATABASE_URL
// as the user named by CRASH_USER through the real action (one transaction), printing
// "START" before and "DONE <result>" after. The test kills it with SIGKILL in between.
import { openDatabase } from "@/server/db/connection";
import type { Viewer } from "@/server/auth/viewer";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { crashSheetCsv } from "./import-sheet";

async function main() {
  const db = openDatabase();
  const user = await db.prisma.user.findUniqueOrThrow({ where: { username: process.env.CRASH_USER! } });
  // A district officer (session.ts's loadViewer is "server-only", not loadable in plain Node).
  const viewer: Viewer = {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    communeIds: [],
  };
  const csv = crashSheetCsv(Number(process.env.CRASH_ROWS), process.env.CRASH_COMMUNES!.split(","));
  const file = new File([csv], "sap-giua-chung.csv", { type: "text/csv" });
  console.log("START");
  const result = await importSpreadsheet.run(viewer, { kind: "to-chuc-theo-nam", file }, db.prisma);
  console.log(`DONE ${JSON.stringify(result).slice(0, 300)}`);
  await db.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
