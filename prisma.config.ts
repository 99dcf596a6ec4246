// Written by hand: `prisma init` tries to download tooling. Only `prisma generate`
// uses this file here; migrations run through scripts/db.ts (see README).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
