// A server key kept in a file when the environment does not give one: read it, or
// generate it once (mode 0600). Used by the session secret and the ID-number key.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function readOrCreateKeyFile(file: string, bytes: number): string {
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing) return existing;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = crypto.randomBytes(bytes).toString("base64url");
  try {
    // "wx": when two processes race, the first writer wins and the other reads its key.
    fs.writeFileSync(file, key + "\n", { mode: 0o600, flag: "wx" });
    return key;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return fs.readFileSync(file, "utf8").trim();
  }
}
