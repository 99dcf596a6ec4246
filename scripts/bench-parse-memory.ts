// Measures the memory a spreadsheet parse takes (docs/security.md, "Hostile uploads"):
//   tsx scripts/bench-parse-memory.ts
// The widest import (organisations by year, 22 columns) at its 50,000-row limit, written
// by the app's own template writer, parsed once and then twice at once (the server runs
// at most two parses together); then a row bomb of 800,000 rows within the byte limits.
// Prints each parsing process's peak memory and how much this (the server's) process grew.
import { strToU8, zipSync } from "fflate";
import { ORGANISATION_YEAR_COLUMNS } from "../src/domain/import/columns";
import { MAX_DATA_ROWS } from "../src/domain/import/table";
import { writeXlsx } from "../src/server/import-export/sheet-io";
import { parseSheetMeasured, WORKER_HEAP_MB } from "../src/server/import-export/sheet-parse";

const MB = (bytes: number) => Math.round(bytes / (1024 * 1024));

async function widestFile(): Promise<Uint8Array> {
  const rows = Array.from({ length: MAX_DATA_ROWS }, (_, i) => [
    `HTX-${String(i).padStart(6, "0")}`,
    "HTX",
    `Hợp tác xã nông nghiệp Bình Phú số ${i}`,
    "82606",
    "Xã Bình Phú",
    "nong_nghiep",
    "dang_hoat_dong",
    2025,
    120 + (i % 50),
    100,
    30,
    1_500_000_000 + i,
    3_200_000_000,
    2_100_000_000,
    -15_000_000 + i,
    48_000_000,
    80 + (i % 20),
    "kha",
    "co",
    "khong",
    "co",
    "",
  ]);
  return new Uint8Array(
    await writeXlsx({
      sheetName: "To chuc",
      columns: ORGANISATION_YEAR_COLUMNS,
      rows,
      communes: [{ code: "82606", name: "Xã Bình Phú" }],
    }),
  );
}

/** 800,000 rows of two numbers: ~7 MB, within every byte limit. */
function rowBomb(): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= 800_000; r++)
    rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>1</v></c></row>`);
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 9 });
}

async function measure(label: string, file: Uint8Array, times: number): Promise<void> {
  const before = process.memoryUsage().rss;
  let serverPeak = before;
  const sampler = setInterval(() => (serverPeak = Math.max(serverPeak, process.memoryUsage().rss)), 10);
  const started = Date.now();
  const outcomes = await Promise.all(
    Array.from({ length: times }, () =>
      parseSheetMeasured(file, "xlsx").then(
        (r) => `${r.rows.length} rows read, parser peak ${MB(r.peakRssBytes)} MB`,
        (e: Error) => `refused: ${e.message}`,
      ),
    ),
  );
  clearInterval(sampler);
  console.log(`${label} (${(file.length / (1024 * 1024)).toFixed(1)} MB file, ${times} at once):`);
  for (const o of outcomes) console.log(`  ${o}`);
  console.log(`  server process grew ${MB(serverPeak - before)} MB; ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

void (async () => {
  console.log(`Parser heap limit: ${WORKER_HEAP_MB} MB per parse, two parses at most at once.`);
  const widest = await widestFile();
  await measure("Widest import at its row limit (22 × 50,000 cells)", widest, 1);
  await measure("Widest import at its row limit (22 × 50,000 cells)", widest, 2);
  await measure("Row bomb (800,000 rows)", rowBomb(), 1);
})();
