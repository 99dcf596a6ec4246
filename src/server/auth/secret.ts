// The key that signs and encrypts session tokens. NEXTAUTH_SECRET wins (set it in
// production, the same on every instance); without it a random key is generated once
// and kept in .data/auth-secret (git-ignored, mode 0600), so `npm start` needs no set-up
// and sessions survive restarts.
import path from "node:path";
import { env } from "@/config/env";
import { readOrCreateKeyFile } from "../key-file";

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
  return (cached = readOrCreateKeyFile(authSecretFile(), 48));
}

/** next-auth names its cookies __Secure-… exactly when NEXTAUTH_URL is https. */
export function secureCookiesEnabled(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}
