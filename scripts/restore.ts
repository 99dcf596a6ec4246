// `npm run restore -- <file> [--force]`: restores a backup of `npm run backup` into the
// selected database. Refuses a non-empty database unless --force. See src/server/db/backup.ts.
import { parseArgs } from "node:util";
import { resolveDatabaseTarget } from "../src/server/db/connection";
import { restoreDatabase, RestoreRefused } from "../src/server/db/backup";
import { loadDotEnv } from "../src/config/env";

loadDotEnv();

async function main() {
  const { values, positionals } = parseArgs({
    options: { force: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) {
    console.error("Cách dùng: npm run restore -- <tệp sao lưu> [--force]");
    process.exit(2);
  }
  const started = performance.now();
  await restoreDatabase(resolveDatabaseTarget(), file, values.force);
  console.log(`Đã khôi phục ${file} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(err instanceof RestoreRefused ? 3 : 1);
});
