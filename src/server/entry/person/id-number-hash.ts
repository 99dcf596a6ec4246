// ID numbers (CCCD/CMND) are personal data: only a keyed hash (HMAC-SHA256) is kept,
// to recognise a person already registered, and the last 3 digits for display. The
// key is derived from the server's auth secret with a fixed label, so it differs from
// the session key and no extra secret has to be configured. Rotating the auth secret
// makes old hashes unmatchable (matching by name + birth year + commune still works).
import "server-only";
import { createHmac } from "node:crypto";
import { getAuthSecret } from "../../auth/secret";

let key: Buffer | undefined;

function idNumberKey(): Buffer {
  return (key ??= createHmac("sha256", getAuthSecret()).update("ktt:person-id-number:v1").digest());
}

/** Digits only; a number with letters or of an odd length is refused by the schema first. */
export const normaliseIdNumber = (raw: string) => raw.replace(/[\s.-]/g, "");

export function hashIdNumber(raw: string): string {
  return createHmac("sha256", idNumberKey()).update(normaliseIdNumber(raw)).digest("hex");
}

export const idNumberTail = (raw: string) => normaliseIdNumber(raw).slice(-3);
