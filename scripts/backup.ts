// `npm run backup`: a timestamped backup of the selected database into ./backups/
// (git-ignored). PostgreSQL server: pg_dump (plain SQL); embedded PGlite: its data
// folder as a gzipped tarball (stop the app first). See src/server/db/backup.ts.
import fs from "node:fs";
import path from "node:path";
import { resolveDatabaseTarget } from "../src/server/db/connection";
import { backupDatabase, pgDumpVersions } from "../src/server/db/backup";
import { loadDotEnv } from "../src/config/env";

loadDotEnv();

async function main() {
  const target = resolveDatabaseTarget();
  if (target.kind === "server") {
    const v = await pgDumpVersions(target.url);
    if (v.client !== v.server)
      console.warn(
        `Lưu ý: pg_dump ${v.client} khác phiên bản máy chủ PostgreSQL ${v.server}` +
          (v.client < v.server ? " (pg_dump cũ hơn máy chủ sẽ từ chối: cài postgresql-client cùng phiên bản)." : "."),
      );
  }
  const started = performance.now();
  const file = await backupDatabase(target);
  const size = fs.statSync(file).size;
  console.log(
    `Đã sao lưu vào ${path.relative(process.cwd(), file)} (${(size / 1024 / 1024).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s).`,
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
