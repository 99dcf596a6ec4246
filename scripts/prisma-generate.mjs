// `npm run db:generate` (also after every install): `prisma generate` never runs the
// schema engine, but insists on locating one and otherwise tries to download it (no
// network here). Any path satisfies it. Kept free of app imports: it runs before the
// generated client exists.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const res = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(res.status ?? 1);
