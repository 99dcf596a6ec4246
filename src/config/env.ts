// The one place that reads the environment (server and scripts only: it imports
// node:fs, and the browser sees only NEXT_PUBLIC_* variables, which this app has none
// of). Every variable is validated with zod; an invalid value stops with a message
// that names the variable, in Vietnamese and English. `.env` is loaded when present,
// the way Next does for the app, so `tsx scripts/*.ts` read the same settings.
//
// Values are read on each call of env() rather than frozen at import: tests and the
// load-test script set variables at run time (ID_NUMBER_HASH_KEY, DATABASE_URL), and
// the parse is cached while the raw values stay the same.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Loads ./.env into process.env (never overriding what is set) once per process. */
let dotEnvLoaded = false;
export function loadDotEnv(): void {
  if (dotEnvLoaded) return;
  dotEnvLoaded = true;
  // Tests choose their own database and keys: a developer's .env must not redirect them.
  if (process.env.VITEST) return;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

const trimmed = z.string().trim();
/** Unset and "" mean the same: not set (a `.env` line `X=` must not count as a value). */
const optionalText = trimmed.optional().transform((v) => (v ? v : undefined));
const integer = (min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `số nguyên từ ${min} đến ${max} / an integer from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });
const flag = (on: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v === on);

const schema = z.object({
  // Database (src/server/db/connection.ts)
  DATABASE_URL: optionalText.refine((v) => !v || v === "memory://" || /^postgres(ql)?:\/\//.test(v), {
    message:
      "phải là một URL postgresql:// hoặc memory:// (hoặc để trống) / must be a postgresql:// or memory:// URL (or unset)",
  }),
  DATABASE_POOL_SIZE: integer(1, 1000, 10),
  DATABASE_PG_OPTIONS: trimmed.optional().transform((v) => v || "-c jit=off -c work_mem=64MB"),
  PGLITE_DIR: optionalText,
  SEED_DEMO: flag("1"),
  // Sessions (src/server/auth/secret.ts)
  NEXTAUTH_SECRET: optionalText,
  AUTH_SECRET: optionalText,
  AUTH_SECRET_FILE: optionalText,
  NEXTAUTH_URL: optionalText.refine((v) => !v || /^https?:\/\/[^/]/.test(v), {
    message: "phải là một URL http:// hoặc https:// / must be an http:// or https:// URL",
  }),
  // Personal data (src/server/person/id-number-key.ts)
  ID_NUMBER_HASH_KEY: optionalText,
  ID_NUMBER_KEY_FILE: optionalText,
  // Production server (scripts/server.ts)
  TRUST_PROXY: integer(0, 9, 0),
  HOST: trimmed.optional().transform((v) => v || "127.0.0.1"),
  PORT: integer(1, 65535, 3000),
  KTT_PAGE_CACHE: z
    .string()
    .trim()
    .optional()
    .transform((v) => v !== "off"),
  KTT_PAGE_CACHE_MB: integer(1, 65536, 64),
  // The read model's one switch (src/server/read-model/mode.ts, docs/read-model.md)
  KTT_READ_MODEL: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => v || "auto")
    .pipe(z.enum(["off", "on", "auto"], { error: "phải là off, on hoặc auto / must be off, on or auto" })),
  // Tests of several instances only: one shorter period for every background task (ms)
  KTT_BACKGROUND_PERIOD_MS: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .pipe(z.number().int().min(100).max(86_400_000).optional()),
  // Scripts
  ADMIN_PASSWORD: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  BENCH_DATABASE_URL: trimmed.optional().transform((v) => v || "postgresql://postgres@127.0.0.1:5432/postgres"),
  LOADTEST_DATABASE_URL: trimmed.optional().transform((v) => v || "postgresql://postgres@127.0.0.1:5432/postgres"),
});

export type Env = z.output<typeof schema>;
export type EnvName = keyof z.input<typeof schema>;
const NAMES = Object.keys(schema.shape) as EnvName[];

export class EnvError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Biến môi trường ${variable} không hợp lệ / invalid environment variable ${variable}: ${detail}`);
    this.name = "EnvError";
  }
}

/** Parses `source` (process.env by default); throws EnvError naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const raw = Object.fromEntries(NAMES.map((k) => [k, source[k]]));
  const res = schema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new EnvError(String(issue.path[0] ?? "?"), issue.message);
  }
  return res.data;
}

let cache: { key: string; value: Env } | undefined;

/** The validated settings of this process (see the file comment for why not a constant). */
export function env(): Env {
  loadDotEnv();
  const key = NAMES.map((k) => process.env[k] ?? "\u0000").join("\u0001");
  if (cache?.key !== key) cache = { key, value: parseEnv(process.env) };
  return cache.value;
}
