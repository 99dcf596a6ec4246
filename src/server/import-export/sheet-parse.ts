// Reading an uploaded spreadsheet without letting it take the server down (issue 13: a
// 611 KB XLSX inflating to 300 MB once grew the process to 4.5 GB and killed it). The
// parse runs in a worker thread (sheet-worker.cjs) that
// - inflates every ZIP entry once and counts the real bytes before exceljs reads it,
// - stops at the row and cell limits while reading,
// - has its own heap limit: a file that still explodes kills the worker, not the server,
// - is terminated after a timeout;
// and at most two parses run at once (the machine has two cores), the rest wait their
// turn. The web server's event loop never runs the parse, so other users are answered.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SheetRow } from "@/domain/import/table";
import { MAX_DATA_ROWS } from "@/domain/import/table";
import { AppError } from "../errors";
import type { SheetFormat } from "./sheet-io";

export const SHEET_LIMITS = {
  /** Inflated bytes of all entries of an XLSX together (a 10 MB workbook of real data
   *  inflates to ~40-60 MB). */
  maxInflatedBytes: 100 * 1024 * 1024,
  maxEntryBytes: 80 * 1024 * 1024,
  maxEntries: 1_000,
  /** Data rows plus the two header rows and some slack; the importer says the exact limit. */
  maxRows: MAX_DATA_ROWS + 10,
  maxCells: 3_000_000,
} as const;
/** Heap of the parsing worker, and the time it may take. */
export const WORKER_HEAP_MB = 512;
export const PARSE_TIMEOUT_MS = 60_000;
const CONCURRENT_PARSES = 2;

const WORKER_FILE = path.join(process.cwd(), "src", "server", "import-export", "sheet-worker.cjs");

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

function refusal(code: string, detail: number | null): AppError {
  switch (code) {
    case "INFLATED":
    case "ENTRIES":
    case "MEMORY":
      return new AppError(
        "INVALID",
        `Tệp Excel giải nén ra quá lớn (giới hạn ${MB(SHEET_LIMITS.maxInflatedBytes)} dữ liệu sau khi giải nén); hãy chia nhỏ tệp hoặc lưu dạng CSV`,
      );
    case "ROWS":
      return new AppError(
        "INVALID",
        `Tệp có quá nhiều dòng (giới hạn ${MAX_DATA_ROWS.toLocaleString("vi-VN")} dòng dữ liệu một lần nhập); hãy chia nhỏ tệp`,
      );
    case "CELLS":
      return new AppError(
        "INVALID",
        `Tệp có quá nhiều ô dữ liệu (giới hạn ${SHEET_LIMITS.maxCells.toLocaleString("vi-VN")} ô); hãy xoá các cột, trang tính thừa hoặc chia nhỏ tệp`,
      );
    case "TIMEOUT":
      return new AppError("INVALID", "Đọc tệp quá lâu nên đã dừng; hãy kiểm tra tệp hoặc chia nhỏ tệp");
    case "ENCODING":
      return new AppError("INVALID", "Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: CSV UTF-8)");
    default:
      void detail;
      return new AppError("INVALID", "Không đọc được tệp Excel (.xlsx); tệp có thể bị hỏng");
  }
}

let running = 0;
const waiting: (() => void)[] = [];
async function slot(): Promise<() => void> {
  if (running >= CONCURRENT_PARSES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/** The rows of the file's first worksheet (XLSX) or of the CSV, within SHEET_LIMITS. */
export async function parseSheet(bytes: Uint8Array, format: SheetFormat): Promise<SheetRow[]> {
  const release = await slot();
  try {
    return await new Promise<SheetRow[]>((resolve, reject) => {
      const worker = new Worker(WORKER_FILE, {
        workerData: { bytes, format, limits: SHEET_LIMITS },
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64 },
      });
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };
      const timer = setTimeout(() => {
        finish(() => reject(refusal("TIMEOUT", null)));
        void worker.terminate();
      }, PARSE_TIMEOUT_MS);
      worker.on("message", (m: { ok: true; rows: SheetRow[] } | { ok: false; code: string; detail: number | null }) =>
        finish(() => (m.ok ? resolve(m.rows) : reject(refusal(m.code, m.detail)))),
      );
      worker.on("error", (e: Error & { code?: string }) =>
        finish(() => reject(refusal(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "MEMORY" : "CORRUPT", null))),
      );
      worker.on("exit", () => finish(() => reject(refusal("CORRUPT", null))));
    });
  } finally {
    release();
  }
}
