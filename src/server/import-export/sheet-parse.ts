// Reading an uploaded spreadsheet without letting it take the server down (issue 13: a
// 611 KB XLSX inflating to 300 MB once grew the process to 4.5 GB and killed it). The
// parse runs in a child process (sheet-worker.cjs) that
// - inflates every ZIP entry once and, before exceljs reads anything, counts the real bytes
//   and what exceljs would build from them: rows, cells (and the cells merges cover), merges,
//   formats and every other element (SHEET_LIMITS), so a file within the byte limits that
//   would still fill the heap (800,000 short rows in 7 MB) is refused by name;
// - tells exceljs to skip the worksheet parts the importer never reads, and not to expand
//   defined names (one name over a whole sheet once filled the heap from a 1 KB file);
// - has its own heap limit, and the user is told when it was reached;
// - is killed after a timeout;
// and at most two parses run at once (the machine has two cores), the rest wait their
// turn. The web server's event loop never runs the parse, so other users are answered.
//
// A child process, not a worker thread: a worker's heap limit does not contain every
// failure. When one allocation overshoots the limit by more than V8's small allowance (a
// worksheet's whole XML turned into one string, as exceljs does), V8 aborts the whole
// process — a worker thread took the test process down with it; a child dies alone.
import { spawn } from "node:child_process";
import path from "node:path";
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
  /** Rows of one worksheet: data rows plus the two header rows and some slack; the importer
   *  says the exact limit. Counted in the XML before exceljs reads it, in every worksheet
   *  (exceljs builds them all), and all worksheets together. */
  maxRows: MAX_DATA_ROWS + 10,
  maxRowsAllSheets: 2 * (MAX_DATA_ROWS + 10),
  /** Cells of all worksheets, counting every position a merge covers. The widest import
   *  (22 columns × 50,000 rows) has 1.1 million; exceljs needs ~360 bytes of heap a cell. */
  maxCells: 1_200_000,
  /** Merged ranges (exceljs compares each with every other one). */
  maxMerges: 1_000,
  /** Elements of styles.xml: each cell format is an object of a few hundred bytes; Excel
   *  itself allows 64,000 formats. */
  maxStyleTags: 100_000,
  /** Every other element exceljs reads: values and rich-text runs in the cells, shared
   *  strings, comments, drawings, relationships. */
  maxOtherTags: 4_000_000,
} as const;
/** Heap of the parsing process, and the time it may take. */
export const WORKER_HEAP_MB = 512;
export const PARSE_TIMEOUT_MS = 60_000;
const CONCURRENT_PARSES = 2;

// Out of the bundler's sight (it would try to bundle a forked file): loaded from the project
// folder at run time (next.config.ts's outputFileTracingIncludes carries it).
const WORKER_FILE = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  "src",
  "server",
  "import-export",
  "sheet-worker.cjs",
);

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
const count = (n: number) => n.toLocaleString("vi-VN");

function refusal(code: string, heapMb: number): AppError {
  switch (code) {
    case "INFLATED":
    case "ENTRIES":
      return new AppError(
        "INVALID",
        `Tệp Excel giải nén ra quá lớn (giới hạn ${MB(SHEET_LIMITS.maxInflatedBytes)} dữ liệu sau khi giải nén); hãy chia nhỏ tệp hoặc lưu dạng CSV`,
      );
    case "ROWS":
      return new AppError(
        "INVALID",
        `Tệp có quá nhiều dòng (giới hạn ${count(MAX_DATA_ROWS)} dòng dữ liệu một lần nhập, ${count(SHEET_LIMITS.maxRowsAllSheets)} dòng trên mọi trang tính cộng lại); hãy xoá các dòng, trang tính thừa hoặc chia nhỏ tệp`,
      );
    case "CELLS":
      return new AppError(
        "INVALID",
        `Tệp có quá nhiều ô (giới hạn ${count(SHEET_LIMITS.maxCells)} ô trên mọi trang tính, kể cả các ô trong vùng gộp); hãy xoá các cột, trang tính thừa hoặc chia nhỏ tệp`,
      );
    case "MERGES":
      return new AppError(
        "INVALID",
        `Tệp có quá nhiều vùng gộp ô (giới hạn ${count(SHEET_LIMITS.maxMerges)} vùng); hãy bỏ gộp ô (Unmerge) rồi gửi lại`,
      );
    case "PARTS":
      return new AppError(
        "INVALID",
        `Tệp Excel có quá nhiều thành phần ngoài dữ liệu (định dạng, chú thích, hình…: giới hạn ${count(SHEET_LIMITS.maxStyleTags)} thành phần định dạng, ${count(SHEET_LIMITS.maxOtherTags)} thành phần khác); hãy dán dữ liệu (chỉ giá trị) sang tệp mới hoặc lưu dạng CSV`,
      );
    case "MEMORY":
      return new AppError(
        "INVALID",
        `Đọc tệp cần nhiều bộ nhớ hơn giới hạn (${heapMb} MB cho một lần đọc) nên đã dừng; hãy chia nhỏ tệp hoặc lưu dạng CSV`,
      );
    case "STOPPED":
      return new AppError(
        "INVALID",
        "Việc đọc tệp bị dừng giữa chừng (vượt giới hạn tài nguyên); hãy chia nhỏ tệp hoặc lưu dạng CSV",
      );
    case "TIMEOUT":
      return new AppError("INVALID", "Đọc tệp quá lâu nên đã dừng; hãy kiểm tra tệp hoặc chia nhỏ tệp");
    case "ENCODING":
      return new AppError("INVALID", "Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: CSV UTF-8)");
    default:
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

/** What one parse may use; the defaults are the server's (tests try smaller ones). */
export type ParseBounds = { heapMb?: number; timeoutMs?: number };

type Reply = { ok: true; rows: SheetRow[]; peakRssBytes: number } | { ok: false; code: string; peakRssBytes: number };

/** The parse's outcome, with the parsing process's peak memory (for the tests and docs). */
export async function parseSheetMeasured(
  bytes: Uint8Array,
  format: SheetFormat,
  { heapMb = WORKER_HEAP_MB, timeoutMs = PARSE_TIMEOUT_MS }: ParseBounds = {},
): Promise<{ rows: SheetRow[]; peakRssBytes: number }> {
  const release = await slot();
  try {
    return await new Promise((resolve, reject) => {
      // fork() by another name: spawn with an IPC channel. Turbopack's `next build` takes
      // fork's first argument for a module to bundle and fails on this path
      // (vercel/next.js#97952); spawn's is traced as a file, as it should be.
      // Only these flags and no environment: not the server's loaders (tsx), NODE_OPTIONS
      // or secrets.
      const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, WORKER_FILE], {
        env: { NODE_ENV: "production" },
        serialization: "advanced",
        stdio: ["ignore", "ignore", "pipe", "ipc"],
      });
      // The last words of a process that died: V8 says "heap out of memory" before aborting.
      let stderr = "";
      child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-4096)));
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };
      const timer = setTimeout(() => {
        finish(() => reject(refusal("TIMEOUT", heapMb)));
        child.kill("SIGKILL");
      }, timeoutMs);
      child.on("message", (m: Reply) =>
        finish(() =>
          m.ok ? resolve({ rows: m.rows, peakRssBytes: m.peakRssBytes }) : reject(refusal(m.code, heapMb)),
        ),
      );
      child.on("error", () => finish(() => reject(refusal("STOPPED", heapMb))));
      // Ended without an answer: its heap limit reached (its own message), or killed.
      child.on("close", () =>
        finish(() => reject(refusal(/heap out of memory|heap limit/i.test(stderr) ? "MEMORY" : "STOPPED", heapMb))),
      );
      child.send({ bytes, format, limits: SHEET_LIMITS });
    });
  } finally {
    release();
  }
}

/** The rows of the file's first worksheet (XLSX) or of the CSV, within SHEET_LIMITS. */
export async function parseSheet(
  bytes: Uint8Array,
  format: SheetFormat,
  bounds: ParseBounds = {},
): Promise<SheetRow[]> {
  return (await parseSheetMeasured(bytes, format, bounds)).rows;
}
