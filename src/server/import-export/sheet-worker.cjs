// Parses one uploaded spreadsheet in a child process (started by sheet-parse.ts with a
// memory limit and a timeout), so that a hostile file can exhaust only this process, never
// the web server. Plain CommonJS loaded from the project folder at run time: the bundler
// never sees it. Before exceljs unpacks anything, every entry of the ZIP is inflated once
// with fflate and counted: the real inflated size, not the size the archive declares, is
// held to the limits (a 611 KB file inflating to 300 MB is refused after a few MB).
"use strict";
const { Unzip, UnzipInflate } = require("fflate");

class Refusal extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

// What exceljs will build from each part, counted from the inflated XML before it loads
// anything (it keeps every cell of every worksheet as objects, ~360 bytes a cell: a 5 MB
// file of 800,000 short rows once filled the heap and was reported as a zip bomb).
// Tags are found in the inflated chunks as they come, a tag cut by a chunk boundary carried
// to the next chunk. Only unprefixed names count as exceljs reads them ("x:row" is ignored
// by exceljs too). Everything is an upper bound: a "<row" inside a comment counts as well.
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/; // exceljs's own test (xlsx.js)
const NOT_PARSED = /xl\/media\/|xl\/theme\//; // kept as bytes by exceljs, never parsed
const TAG_END = /[\s/>]/;

function mergeArea(ref) {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(ref) ? 1 : null;
  const col = (letters) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return (Math.abs(col(m[3]) - col(m[1])) + 1) * (Math.abs(Number(m[4]) - Number(m[2])) + 1);
}

function census(limits) {
  const totals = { rows: 0, cells: 0, merges: 0, styleTags: 0, otherTags: 0 };
  const refuse = (code) => {
    throw new Refusal(code);
  };

  /** A counter for one entry: `onTag(name, text, afterName)` for each start tag, `onClose(name)` for each end tag. */
  function tags(onTag, onClose) {
    let tail = "";
    return (chunk, final) => {
      const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
      let end = text.length;
      const lastOpen = text.lastIndexOf("<");
      if (!final && lastOpen !== -1 && text.indexOf(">", lastOpen) === -1) end = lastOpen;
      for (let i = text.indexOf("<"); i !== -1 && i < end; i = text.indexOf("<", i + 1)) {
        const closing = text.charCodeAt(i + 1) === 47; // "</"
        let j = closing ? i + 2 : i + 1;
        const first = text.charCodeAt(j);
        // a name starts with a letter or "_" ("<?xml", "<!--" and text are not tags)
        if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) continue;
        while (j < text.length && !TAG_END.test(text[j])) j++;
        const name = text.slice(closing ? i + 2 : i + 1, j);
        if (closing) onClose(name);
        else onTag(name, text, j);
      }
      // A tag still open at the end of the chunk; a tag longer than 8 KB keeps its head only.
      tail = text.slice(end);
      if (tail.length > 8192) tail = tail.slice(0, 256);
    };
  }

  function worksheet() {
    let rows = 0;
    let inSheetData = false;
    return tags(
      (name, text, at) => {
        if (name === "sheetData") {
          const close = text.indexOf(">", at);
          inSheetData = close === -1 || text[close - 1] !== "/"; // "<sheetData/>" holds nothing
        } else if (inSheetData && name === "row") {
          rows++;
          totals.rows++;
          if (rows > limits.maxRows || totals.rows > limits.maxRowsAllSheets) refuse("ROWS");
        } else if (inSheetData && name === "c") {
          if (++totals.cells > limits.maxCells) refuse("CELLS");
        } else if (inSheetData) {
          // values, formulas, inline strings and their rich-text runs: objects too
          if (++totals.otherTags > limits.maxOtherTags) refuse("PARTS");
        } else if (name === "mergeCell") {
          // a merge makes a cell of every position it covers (and each is checked against all
          // the others, so their number is bounded too)
          if (++totals.merges > limits.maxMerges) refuse("MERGES");
          const close = text.indexOf(">", at);
          const ref = /\bref\s*=\s*["']([^"']*)["']/.exec(text.slice(at, close === -1 ? text.length : close));
          const area = ref ? mergeArea(ref[1]) : null;
          if (area === null) refuse("CORRUPT");
          totals.cells += area;
          if (totals.cells > limits.maxCells) refuse("CELLS");
        }
        // every other part of a worksheet is never read (ignoreNodes below)
      },
      (name) => {
        if (name === "sheetData") inSheetData = false;
      },
    );
  }

  return {
    totals,
    forEntry(entryName) {
      const name = entryName.replace(/^\//, "");
      if (WORKSHEET.test(name)) return worksheet();
      if (NOT_PARSED.test(name)) return () => {};
      // styles: each cell format is an object a few hundred bytes large (Excel itself stops at 64,000)
      if (name === "xl/styles.xml")
        return tags(
          () => {
            if (++totals.styleTags > limits.maxStyleTags) refuse("PARTS");
          },
          () => {},
        );
      // shared strings, comments, drawings, tables, relationships…
      return tags(
        () => {
          if (++totals.otherTags > limits.maxOtherTags) refuse("PARTS");
        },
        () => {},
      );
    },
  };
}

function checkZip(bytes, limits) {
  let total = 0;
  let entries = 0;
  const count = census(limits);
  const unzip = new Unzip((file) => {
    entries++;
    if (entries > limits.maxEntries) throw new Refusal("ENTRIES");
    let size = 0;
    const countTags = count.forEntry(file.name);
    file.ondata = (err, chunk, final) => {
      // fflate hands an exception thrown here back to this callback as `err`
      if (err) throw err instanceof Refusal ? err : new Refusal("CORRUPT");
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes || total > limits.maxInflatedBytes) throw new Refusal("INFLATED");
      countTags(chunk, final);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // In small slices: a slice of a bomb inflates ~1000-fold at once, so 4 KB in gives
  // at most a few MB out before the count is checked.
  const step = 4 * 1024;
  for (let i = 0; i < bytes.length; i += step) unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  return count.totals;
}

// The worksheet parts exceljs would otherwise build and the importer never reads: validation
// ranges (expanded to one entry per cell), column ranges, hyperlinks, conditional formats,
// tables, pictures… Only the cells and the merges (a merged cell reads as its first cell's
// value) are kept.
const IGNORED_WORKSHEET_NODES = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "autoFilter",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
];

/**
 * A defined name ("Sheet1!$A$1:$Z$400000") is expanded by exceljs into one entry per cell it
 * covers: a 1 KB workbook filled the worker's heap. The importer reads no names; print areas
 * and titles are applied by exceljs elsewhere and stay.
 */
function neutraliseDefinedNames(ExcelJS) {
  const DefinedNames = require("exceljs/lib/doc/defined-names");
  const workbook = new ExcelJS.Workbook();
  if (!(workbook.definedNames instanceof DefinedNames)) throw new Error("exceljs: defined names moved");
  Object.defineProperty(DefinedNames.prototype, "model", {
    configurable: true,
    get() {
      return [];
    },
    set() {},
  });
}

function toCell(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if (Array.isArray(value.richText)) return value.richText.map((t) => t.text).join("");
    if ("result" in value) return toCell(value.result);
    if (typeof value.text === "string") return value.text;
    if (value.error) return String(value.error);
  }
  return String(value);
}

async function readXlsx(bytes, limits) {
  try {
    checkZip(bytes, limits);
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw new Refusal("CORRUPT");
  }
  const ExcelJS = require("exceljs");
  neutraliseDefinedNames(ExcelJS);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      ignoreNodes: IGNORED_WORKSHEET_NODES,
    });
  } catch {
    throw new Refusal("CORRUPT");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows = [];
  let cellCount = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length >= limits.maxRows) throw new Refusal("ROWS");
    const values = row.values;
    const cells = [];
    for (let i = 1; i < values.length; i++) cells.push(toCell(values[i]));
    cellCount += cells.length;
    if (cellCount > limits.maxCells) throw new Refusal("CELLS");
    rows.push({ rowNumber, cells });
  });
  return rows;
}

// The inverse of neutraliseCsvText (src/domain/format/csv-cell.ts): our own exports put an
// apostrophe before a cell starting with = + - @ tab or CR. Kept in step by the unit test
// of that module and the import round-trip test.
function restoreCsvText(text) {
  return text.length > 1 && text[0] === "'" && /^[=+\-@\t\r]/.test(text.slice(1)) ? text.slice(1) : text;
}

function readCsv(bytes, limits) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal("ENCODING");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const Papa = require("papaparse");
  const rows = [];
  let cellCount = 0;
  Papa.parse(text, {
    skipEmptyLines: false,
    delimitersToGuess: [",", ";", "\t"],
    step: (result, parser) => {
      if (rows.length >= limits.maxRows) {
        parser.abort();
        throw new Refusal("ROWS");
      }
      cellCount += result.data.length;
      if (cellCount > limits.maxCells) {
        parser.abort();
        throw new Refusal("CELLS");
      }
      rows.push({ rowNumber: rows.length + 1, cells: result.data.map(restoreCsvText) });
    },
  });
  return rows;
}

// One request from sheet-parse.ts, one answer, then exit. The peak memory of this process
// goes with the answer (docs/security.md states the bound from it).
process.once("message", async ({ bytes, format, limits }) => {
  let reply;
  try {
    const rows = format === "xlsx" ? await readXlsx(bytes, limits) : readCsv(bytes, limits);
    reply = { ok: true, rows };
  } catch (e) {
    reply = { ok: false, code: e instanceof Refusal ? e.code : "CORRUPT" };
  }
  reply.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  process.send(reply, () => process.exit(0));
});
