// The key that signs and encrypts session tokens. NEXTAUTH_SECRET wins (set it in
// production, the same on every instance); without it a random key is generated once
// and kept in .data/auth-secret (git-ignored, mode 0600), so `npm start` needs no set-up
// and sessions survive restarts.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/config/env";

let cached: string | undefined;

export function authSecretFile(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ env().AUTH_SECRET_FILE ?? path.join(process.cwd(), ".data", "auth-secret"),
  );
}

export function getAuthSecret(): string {
  if (cached) return cached;
  const fromEnv = env().NEXTAUTH_SECRET ?? env().AUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  const file = authSecretFile();
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing) return (cached = existing);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(48).toString("base64url");
  try {
    // "wx": when two processes race, the first writer wins and the other reads its key.
    fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return (cached = secret);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return (cached = fs.readFileSync(file, "utf8").trim());
  }
}

/** next-auth names its cookies __Secure-… exactly when NEXTAUTH_URL is https. */
export function secureCookiesEnabled(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}
