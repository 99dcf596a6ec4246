// Hostile uploads (issue 13, finding 1): a spreadsheet of under 1 MB that inflates to
// hundreds of MB, or a file with too many rows or cells, is refused with a clear message
// by the bounded parser (a child process); the server process's memory stays within a
// stated bound; another user's request is answered while the file is being read. Files
// within the byte limits whose rows, cells or other parts would fill the parser's heap are
// refused by what they hold, before exceljs reads them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Zip, ZipDeflate, zipSync, strToU8 } from "fflate";
import { loadViewer } from "@/server/auth/session";
import { runImport } from "@/server/import-export/run-import";
import { MAX_FILE_BYTES } from "@/server/import-export/sheet-io";
import { parseSheet, SHEET_LIMITS } from "@/server/import-export/sheet-parse";
import { createTestDatabase, type TestDatabase } from "./test-database";

const XLSX_FRAME: Record<string, string> = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
};

/** An XLSX around one worksheet whose XML `write` streams out, so the test never holds the
 *  inflated sheet; `parts` adds or replaces entries (small ones). */
function streamedXlsx(write: (push: (text: string) => void) => void, parts: Record<string, string> = {}): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  for (const [name, text] of Object.entries({ ...XLSX_FRAME, ...parts })) {
    const f = new ZipDeflate(name, { level: 9 });
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 9 });
  zip.add(sheet);
  let pending = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
  write((text) => {
    pending += text;
    if (pending.length > 1 << 20) {
      sheet.push(strToU8(pending));
      pending = "";
    }
  });
  sheet.push(strToU8(pending + `</worksheet>`), true);
  zip.end();
  const bytes = new Uint8Array(out.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of out) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

/** An XLSX whose one sheet inflates to `inflatedMb` MB, of blank space between a few cells
 *  (a sheet of many cells is refused sooner, by its cells: below). */
function bombXlsx(inflatedMb: number): Uint8Array {
  const chunk = " ".repeat(1024 * 1024);
  return streamedXlsx((push) => {
    push(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row>`);
    for (let i = 0; i < inflatedMb; i++) push(chunk);
    push("</sheetData>");
  });
}

/** `rows` numbered rows of `cellsPerRow` numeric cells (columns A, B, …). */
function rowsXlsx(rows: number, cellsPerRow: number, tail = "", parts: Record<string, string> = {}): Uint8Array {
  const column = (j: number) =>
    (j < 26 ? "" : String.fromCharCode(64 + Math.floor(j / 26))) + String.fromCharCode(65 + (j % 26));
  return streamedXlsx((push) => {
    push("<sheetData>");
    for (let r = 1; r <= rows; r++) {
      let row = `<row r="${r}">`;
      for (let j = 0; j < cellsPerRow; j++) row += `<c r="${column(j)}${r}"><v>${r}</v></c>`;
      push(row + "</row>");
    }
    push(`</sheetData>${tail}`);
  }, parts);
}

/** The test process's peak memory above its start while `work` runs. */
async function serverGrowthMb<T>(work: () => Promise<T>): Promise<{ result: T | Error; growthMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const result = await work().catch((e: Error) => e);
    return { result, growthMb: (peak - before) / (1024 * 1024) };
  } finally {
    clearInterval(sampler);
  }
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.dispose());

describe("hostile spreadsheets", () => {
  it("a workbook under 1 MB that inflates to 250 MB is refused, memory stays bounded, others are answered", async () => {
    const bomb = bombXlsx(250);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const user = await db.prisma.user.create({
      data: { username: "khac", fullName: "Người dùng khác", role: "DISTRICT", passwordHash: "x" },
    });

    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 5);
    const order: string[] = [];
    const parsing = parseSheet(bomb, "xlsx").then(
      () => order.push("parse ok"),
      (e: Error) => {
        order.push("parse refused");
        return e;
      },
    );
    // another signed-in user's request while the file is being read
    const other = loadViewer(db.prisma, user.id).then((v) => {
      order.push("other answered");
      return v;
    });
    const [refusal, viewer] = await Promise.all([parsing, other]);
    clearInterval(sampler);

    expect(order).toEqual(["other answered", "parse refused"]);
    expect(viewer?.username).toBe("khac");
    expect(String((refusal as Error).message)).toMatch(/giải nén ra quá lớn/);
    // The stated bound (docs/security.md): the parse runs in another process, the server
    // holds the file and the answer only.
    expect((rssPeak - rssBefore) / (1024 * 1024)).toBeLessThan(128);
  });

  it("the refusal reaches the user through the import, with nothing written", async () => {
    const admin = await db.prisma.user.create({
      data: { username: "qt", fullName: "Quản trị", role: "ADMIN", passwordHash: "x" },
    });
    const viewer = (await loadViewer(db.prisma, admin.id))!;
    await expect(
      runImport(db.prisma, viewer, "to-chuc-theo-nam", { bytes: bombXlsx(150), name: "bom.xlsx" }, { dryRun: true }),
    ).rejects.toThrow(/giải nén ra quá lớn/);
  });

  it("too many rows or cells in a CSV are refused while reading", async () => {
    const rows = Array.from({ length: SHEET_LIMITS.maxRows + 5 }, (_, i) => `${i},a`).join("\n");
    await expect(parseSheet(new TextEncoder().encode(rows), "csv")).rejects.toThrow(/quá nhiều dòng/);
    const wide = Array.from({ length: 100 }, () => Array(40_000).fill("x").join(",")).join("\n");
    await expect(parseSheet(new TextEncoder().encode(wide), "csv")).rejects.toThrow(/quá nhiều ô/);
  });

  it("a row bomb within the byte limits (800,000 rows in ~7 MB) is refused by its rows before exceljs reads it", async () => {
    const bomb = rowsXlsx(800_000, 2);
    expect(bomb.length).toBeLessThan(MAX_FILE_BYTES);
    // Read whole, exceljs once filled the parser's 512 MB heap with it and the user was
    // told the file "inflates too much".
    const { result, growthMb } = await serverGrowthMb(() => parseSheet(bomb, "xlsx"));
    expect(String((result as Error).message)).toMatch(/quá nhiều dòng \(giới hạn 50\.000 dòng dữ liệu/);
    expect(growthMb).toBeLessThan(64);
  });

  it("rows are counted exactly, across the chunks the archive inflates in", async () => {
    const atLimit = await parseSheet(rowsXlsx(SHEET_LIMITS.maxRows, 1), "xlsx");
    expect(atLimit).toHaveLength(SHEET_LIMITS.maxRows);
    expect(atLimit.at(-1)).toEqual({ rowNumber: SHEET_LIMITS.maxRows, cells: [SHEET_LIMITS.maxRows] });
    await expect(parseSheet(rowsXlsx(SHEET_LIMITS.maxRows + 1, 1), "xlsx")).rejects.toThrow(/quá nhiều dòng/);
  });

  it("a cell bomb within the byte limits (1.6 million cells) is refused by its cells, naming the limit", async () => {
    const bomb = rowsXlsx(40_000, 40);
    expect(bomb.length).toBeLessThan(MAX_FILE_BYTES);
    await expect(parseSheet(bomb, "xlsx")).rejects.toThrow(/quá nhiều ô \(giới hạn 1\.200\.000 ô/);
  });

  it("parts the importer never reads cannot fill the memory: names, merges, validations, columns, formats", async () => {
    const header = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ma_xa</t></is></c></row></sheetData>`;
    const withSheet = (tail: string, parts: Record<string, string> = {}) =>
      streamedXlsx((push) => push(header + tail), parts);
    const one = [{ rowNumber: 1, cells: ["ma_xa"] }];
    // One defined name over a million rows (a 1 KB file): exceljs made an entry per cell.
    const names = withSheet("", {
      "xl/workbook.xml": XLSX_FRAME["xl/workbook.xml"].replace(
        "</workbook>",
        `<definedNames><definedName name="x">Sheet1!$A$1:$Z$1000000</definedName></definedNames></workbook>`,
      ),
    });
    expect(names.length).toBeLessThan(2048);
    expect(await parseSheet(names, "xlsx")).toEqual(one);
    // One merge over 2.6 million positions: a cell each.
    await expect(
      parseSheet(withSheet(`<mergeCells count="1"><mergeCell ref="A1:Z100000"/></mergeCells>`), "xlsx"),
    ).rejects.toThrow(/quá nhiều ô .*kể cả các ô trong vùng gộp/);
    const manyMerges = Array.from(
      { length: SHEET_LIMITS.maxMerges + 1 },
      (_, i) => `<mergeCell ref="C${i + 1}:D${i + 1}"/>`,
    );
    await expect(parseSheet(withSheet(`<mergeCells>${manyMerges.join("")}</mergeCells>`), "xlsx")).rejects.toThrow(
      /quá nhiều vùng gộp ô \(giới hạn 1\.000 vùng\)/,
    );
    // Half a million validations over whole columns, 200,000 column ranges: never read.
    const validations = withSheet(
      `<dataValidations>${'<dataValidation type="list" sqref="A1:A1048576"><formula1>"a,b"</formula1></dataValidation>'.repeat(500_000)}</dataValidations>`,
    );
    expect(validations.length).toBeLessThan(1024 * 1024);
    expect(await parseSheet(validations, "xlsx")).toEqual(one);
    expect(
      await parseSheet(withSheet(`<cols>${'<col min="1" max="16384" width="9"/>'.repeat(200_000)}</cols>`), "xlsx"),
    ).toEqual(one);
    // A million and a half cell formats.
    const styles = withSheet("", {
      "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>${'<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'.repeat(1_500_000)}</cellXfs></styleSheet>`,
    });
    await expect(parseSheet(styles, "xlsx")).rejects.toThrow(/quá nhiều thành phần .*100\.000 thành phần định dạng/);
  });

  it("a merged cell still reads as the value of its first cell", async () => {
    const merged = rowsXlsx(3, 1, `<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>`);
    expect(await parseSheet(merged, "xlsx")).toEqual([
      { rowNumber: 1, cells: [1] },
      { rowNumber: 2, cells: [1] },
      { rowNumber: 3, cells: [3] },
    ]);
  });

  it("a parse past its time or its memory is stopped with its own message, and the server goes on", async () => {
    const file = rowsXlsx(20_000, 10);
    await expect(parseSheet(file, "xlsx", { timeoutMs: 0 })).rejects.toThrow(/Đọc tệp quá lâu/);
    // 200,000 cells need more than 64 MB of heap. In a worker thread this very case aborted
    // the whole test process (one allocation past V8's allowance): the parser is a process.
    await expect(parseSheet(file, "xlsx", { heapMb: 64 })).rejects.toThrow(
      /cần nhiều bộ nhớ hơn giới hạn \(64 MB cho một lần đọc\)/,
    );
    expect(await parseSheet(file, "xlsx")).toHaveLength(20_000);
  });

  it("a broken archive and a non-UTF-8 CSV get their own messages; a real workbook still reads", async () => {
    await expect(parseSheet(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), "xlsx")).rejects.toThrow(/tệp có thể bị hỏng/);
    await expect(parseSheet(new Uint8Array([0xff, 0xfe, 0x41]), "csv")).rejects.toThrow(/UTF-8/);
    const small = zipSync(
      Object.fromEntries(
        Object.entries({
          ...XLSX_FRAME,
          "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ma_to_chuc</t></is></c><c r="B1"><v>42</v></c></row></sheetData></worksheet>`,
        }).map(([k, v]) => [k, strToU8(v)]),
      ),
    );
    expect(await parseSheet(small, "xlsx")).toEqual([{ rowNumber: 1, cells: ["ma_to_chuc", 42] }]);
  });
});
