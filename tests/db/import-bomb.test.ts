// Hostile uploads (issue 13, finding 1): a spreadsheet of under 1 MB that inflates to
// hundreds of MB, or a file with too many rows or cells, is refused with a clear message
// by the bounded parser (worker thread); the process's memory stays within a stated
// bound; another user's request is answered while the file is being read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Zip, ZipDeflate, zipSync, strToU8 } from "fflate";
import { loadViewer } from "@/server/auth/session";
import { runImport } from "@/server/import-export/run-import";
import { parseSheet, SHEET_LIMITS, WORKER_HEAP_MB } from "@/server/import-export/sheet-parse";
import { createTestDatabase, type TestDatabase } from "./test-database";

const XLSX_FRAME: Record<string, string> = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
};

/** An XLSX whose one sheet inflates to `inflatedMb` MB of rows of cells: built streaming,
 *  so the test itself never holds the inflated sheet. */
function bombXlsx(inflatedMb: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [name, text] of Object.entries(XLSX_FRAME)) {
    const f = new ZipDeflate(name, { level: 9 });
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 9 });
  zip.add(sheet);
  sheet.push(
    strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`,
    ),
  );
  const row = `<row>${'<c t="n"><v>1</v></c>'.repeat(50)}</row>`;
  const chunk = strToU8(row.repeat(Math.ceil((1024 * 1024) / row.length)));
  for (let i = 0; i < inflatedMb; i++) sheet.push(chunk);
  sheet.push(strToU8(`</sheetData></worksheet>`), true);
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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
    // The stated bound: the worker's heap limit plus 128 MB for buffers and the worker itself.
    expect((rssPeak - rssBefore) / (1024 * 1024)).toBeLessThan(WORKER_HEAP_MB + 128);
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
