// HOOK (d): importing 10,000 spreadsheet rows. The importer (src/server/import-export)
// belongs to another engineer, who measures it with scripts/bench-import.ts (generated
// rows through the same importSpreadsheet action the page uses). When both exist, this
// runs that script against the bench database and reads its "N dòng: … s, R dòng/s"
// lines (new organisations, the update path, an unchanged re-import). Otherwise "chưa đo".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type ImportMeasurement =
  | { measured: true; runs: { label: string; rows: number; seconds: number; rowsPerSecond: number }[] }
  | { measured: false; reason: string };

const root = path.resolve(import.meta.dirname, "..", "..");
const SCRIPT = path.join(root, "scripts", "bench-import.ts");

export function measureImport(databaseUrl: string, rows: number): ImportMeasurement {
  if (!fs.existsSync(path.join(root, "src", "server", "import-export")))
    return { measured: false, reason: "chưa đo (chưa có src/server/import-export)" };
  if (!fs.existsSync(SCRIPT)) return { measured: false, reason: "chưa đo (chưa có scripts/bench-import.ts)" };
  const res = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [SCRIPT, String(rows)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 300_000,
  });
  const runs = [...(res.stdout ?? "").matchAll(/^(.+?)\s+(?:CSV|XLSX)\s+(\d+) dòng: ([\d.]+) s, (\d+) dòng\/s/gm)].map(
    (m) => ({ label: m[1].trim(), rows: Number(m[2]), seconds: Number(m[3]), rowsPerSecond: Number(m[4]) }),
  );
  if (res.status !== 0 || runs.length === 0)
    return {
      measured: false,
      reason: `chưa đo (scripts/bench-import.ts thất bại: ${(res.stderr || res.stdout || String(res.error)).trim().slice(-200)})`,
    };
  return { measured: true, runs };
}
