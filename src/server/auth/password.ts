// Password hashing: argon2id with the library's defaults (19 MiB, t=2, p=1, the
// OWASP baseline). No "server-only" import: scripts (create-admin, seed) use it too.
import { hash, verify } from "@node-rs/argon2";
import { AppError } from "../errors";
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_SHORT,
} from "@/domain/auth/password-policy";

export function checkPasswordPolicy(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH)
    throw new AppError("INVALID", PASSWORD_TOO_SHORT, { password: [PASSWORD_TOO_SHORT] });
  if (password.length > PASSWORD_MAX_LENGTH)
    throw new AppError("INVALID", PASSWORD_TOO_LONG, { password: [PASSWORD_TOO_LONG] });
}

export async function hashPassword(password: string): Promise<string> {
  checkPasswordPolicy(password);
  return hash(password);
}

/** False for a wrong password and for a malformed hash (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (!password || password.length > PASSWORD_MAX_LENGTH) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** A hash to verify against when the username is unknown, so both paths cost the same. */
export function timingDummyHash(): Promise<string> {
  return (dummyHash ??= hash("không-phải-mật-khẩu-của-ai"));
}
