// ID numbers are personal data: only an HMAC-SHA256 under a server key is stored (to
// recognise the same person again) plus the last 3 digits for display. The key comes
// from ID_NUMBER_HASH_KEY, else it is generated once into .data/id-number-key (mode
// 0600), like the session secret. It must never change once persons are stored: a
// new key would stop every match (it does not expose anything).
import crypto from "node:crypto";
import path from "node:path";
import { env } from "@/config/env";
import { readOrCreateKeyFile } from "../key-file";

let cached: string | undefined;

function loadKey(): string {
  if (cached) return cached;
  const fromEnv = env().ID_NUMBER_HASH_KEY;
  if (fromEnv) return (cached = fromEnv);
  const file = path.resolve(
    /*turbopackIgnore: true*/ env().ID_NUMBER_KEY_FILE ?? path.join(process.cwd(), ".data", "id-number-key"),
  );
  return (cached = readOrCreateKeyFile(file, 32));
}

/** Hex HMAC-SHA256 of the digits of an ID number. */
export function hashIdNumber(digits: string): string {
  return crypto.createHmac("sha256", loadKey()).update(digits, "utf8").digest("hex");
}

/** The part kept for display: the last 3 digits. */
export function idNumberTail(digits: string): string {
  return digits.slice(-3);
}
