// A sheet as an HTTP download (XLSX or CSV), and the empty templates.
import { COLUMNS_BY_KIND, IMPORT_KIND_FILE, type ImportKind } from "@/domain/import/columns";
import { yearInVietnam } from "@/domain/time/vietnam";
import { writeCsv, writeXlsx, type SheetData, type SheetFormat } from "./sheet-io";
import { communesOfYears, type Db } from "./shared";

export function parseFormat(value: string | null): SheetFormat | null {
  if (value === null || value === "" || value === "xlsx") return "xlsx";
  return value === "csv" ? "csv" : null;
}

export async function sheetResponse(data: SheetData, format: SheetFormat, baseName: string): Promise<Response> {
  const body = format === "xlsx" ? new Uint8Array(await writeXlsx(data)) : new TextEncoder().encode(writeCsv(data));
  const fileName = `${baseName}.${format}`;
  return new Response(body, {
    headers: {
      "Content-Type":
        format === "xlsx"
          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}

/** An empty template; its commune dropdowns list the communes of last year and this year
 *  (reports are filled in for the year just ended). */
export async function templateSheet(db: Db, kind: ImportKind): Promise<{ data: SheetData; baseName: string }> {
  const columns = COLUMNS_BY_KIND[kind];
  return {
    baseName: `mau-${IMPORT_KIND_FILE[kind]}`,
    data: {
      sheetName: "Dữ liệu",
      columns,
      rows: [],
      textColumns: ["ma_to_chuc", "ma_xa", "so_dinh_danh"],
      communes: columns.some((c) => c.commune)
        ? await communesOfYears(db, yearInVietnam() - 1, yearInVietnam())
        : undefined,
    },
  };
}
