/// <reference types="vite/client" />
// Every *.action.ts under src/server, found by Vite's glob when the test is built (so a
// new action file is picked up without editing this list), imported one by one so each
// file is mapped to the action names it registered.
import fs from "node:fs";
import path from "node:path";
import { listActions } from "@/server/actions/registry";

const modules = import.meta.glob("../../src/server/**/*.action.ts");

const root = path.resolve(import.meta.dirname, "../..");

/** "src/server/…/x.action.ts" → names of the actions it registered (empty: not a defineAction file). */
export async function loadAllActions(): Promise<Map<string, string[]>> {
  const byFile = new Map<string, string[]>();
  for (const key of Object.keys(modules).sort()) {
    const before = new Set(listActions().map((a) => a.name));
    await modules[key]();
    const added = listActions()
      .map((a) => a.name)
      .filter((n) => !before.has(n));
    byFile.set(path.relative(root, path.resolve(import.meta.dirname, key)), added);
  }
  return byFile;
}

/** The same files found on disk now, independently of Vite's glob. */
export function actionFilesOnDisk(): string[] {
  const dir = path.join(root, "src", "server");
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".action.ts"))
    .map((f) => path.join("src", "server", f))
    .sort();
}
