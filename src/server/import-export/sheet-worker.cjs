// Parses one uploaded spreadsheet in a worker thread (started by sheet-parse.ts with a
// memory limit and a timeout), so that a hostile file can exhaust only this worker, never
// the web server. Plain CommonJS loaded from the project folder at run time: the bundler
// never sees it. Before exceljs unpacks anything, every entry of the ZIP is inflated once
// with fflate and counted: the real inflated size, not the size the archive declares, is
// held to the limits (a 611 KB file inflating to 300 MB is refused after a few MB).
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const { Unzip, UnzipInflate } = require("fflate");

class Refusal extends Error {
  constructor(code, detail) {
    super(code);
    this.code = code;
    this.detail = detail;
  }
}

function checkZip(bytes, limits) {
  let total = 0;
  let entries = 0;
  const unzip = new Unzip((file) => {
    entries++;
    if (entries > limits.maxEntries) throw new Refusal("ENTRIES", entries);
    let size = 0;
    file.ondata = (err, chunk) => {
      // fflate hands an exception thrown here back to this callback as `err`
      if (err) throw err instanceof Refusal ? err : new Refusal("CORRUPT");
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes || total > limits.maxInflatedBytes) throw new Refusal("INFLATED", total);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // In small slices: a slice of a bomb inflates ~1000-fold at once, so 4 KB in gives
  // at most a few MB out before the count is checked.
  const step = 4 * 1024;
  for (let i = 0; i < bytes.length; i += step) unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
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
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs expands every validation range into one entry per cell (a filled template
    // holds dropdowns over thousands of rows, a hostile file over a million): the importer
    // needs none of them.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      ignoreNodes: ["dataValidations"],
    });
  } catch {
    throw new Refusal("CORRUPT");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows = [];
  let cellCount = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length >= limits.maxRows) throw new Refusal("ROWS", rows.length);
    const values = row.values;
    const cells = [];
    for (let i = 1; i < values.length; i++) cells.push(toCell(values[i]));
    cellCount += cells.length;
    if (cellCount > limits.maxCells) throw new Refusal("CELLS", cellCount);
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
        throw new Refusal("ROWS", rows.length);
      }
      cellCount += result.data.length;
      if (cellCount > limits.maxCells) {
        parser.abort();
        throw new Refusal("CELLS", cellCount);
      }
      rows.push({ rowNumber: rows.length + 1, cells: result.data.map(restoreCsvText) });
    },
  });
  return rows;
}

(async () => {
  const { bytes, format, limits } = workerData;
  try {
    const rows = format === "xlsx" ? await readXlsx(bytes, limits) : readCsv(bytes, limits);
    parentPort.postMessage({ ok: true, rows });
  } catch (e) {
    if (e instanceof Refusal) parentPort.postMessage({ ok: false, code: e.code, detail: e.detail ?? null });
    else parentPort.postMessage({ ok: false, code: "CORRUPT", detail: null });
  }
})();
