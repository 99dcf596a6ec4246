// Measures the organisations-by-year import on generated rows:
//   DATABASE_URL=postgresql://… tsx scripts/bench-import.ts [rows=10000] [--xlsx]
// Needs reference data (tsx scripts/seed.ts). Creates a throwaway DISTRICT user,
// imports new organisations (one row each, years spread), then re-imports the same
// file with every figure changed (the update path). Prints rows/s of each run.
import { openDatabase } from "../src/server/db/connection";
import type { Viewer } from "../src/server/auth/viewer";
import { ORGANISATION_YEAR_COLUMNS } from "../src/domain/import/columns";
import { importToday } from "../src/domain/import/import-rules";
import { importSpreadsheet } from "../src/server/import-export/import-spreadsheet.action";
import { writeCsv, writeXlsx } from "../src/server/import-export/sheet-io";
import { GCT_NEW_COMMUNES } from "../src/server/seed/reference";

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const xlsx = process.argv.includes("--xlsx");
const statuses = ["dang_hoat_dong", "dang_hoat_dong", "dang_hoat_dong", "tam_ngung"];
const ratings: [string, string][] = [
  ["85", "tot"],
  ["70,5", "kha"],
  ["55", "trung_binh"],
  ["", "chua_xep_loai"],
];

function sheet(bump: number) {
  // last year in Vietnam, as the importer counts years
  const year = importToday().getUTCFullYear() - 1;
  const rows = Array.from({ length: count }, (_, i) => {
    const type = i % 3 === 0 ? "THT" : "HTX";
    const [score, level] = ratings[i % ratings.length];
    const v: Record<string, string | number> = {
      ma_to_chuc: `BENCH-${String(i).padStart(6, "0")}`,
      loai_hinh: type,
      ten: `${type} thử nghiệm số ${i}`,
      ma_xa: GCT_NEW_COMMUNES[i % GCT_NEW_COMMUNES.length].code,
      linh_vuc: "nong_nghiep",
      trang_thai: statuses[(i + bump) % statuses.length],
      nam: year,
      so_thanh_vien: 20 + (i % 50) + bump,
      so_thanh_vien_chinh_thuc: 10 + (i % 10),
      so_lao_dong: 5,
      von_dieu_le: (1_000_000 * (i + 1 + bump)).toLocaleString("vi-VN"),
      doanh_thu: 2_500_000_000 + bump,
      loi_nhuan: -1_000_000,
      thu_nhap_binh_quan: "36.000.000",
      diem_danh_gia: type === "HTX" ? score : "",
      xep_loai: type === "HTX" ? level : "",
      lien_ket_chuoi: i % 2 ? "co" : "khong",
      ung_dung_cnc: i % 5 ? "khong" : "co",
      chuyen_doi_so: "co",
      hoat_dong_hieu_qua: type === "THT" ? "co" : "",
    };
    return ORGANISATION_YEAR_COLUMNS.map((c) => v[c.key] ?? null);
  });
  return { sheetName: "bench", columns: ORGANISATION_YEAR_COLUMNS, rows };
}

async function main() {
  const db = openDatabase();
  const prisma = db.prisma;
  try {
    const user = await prisma.user.upsert({
      where: { username: "bench.import" },
      create: { username: "bench.import", fullName: "Benchmark", role: "DISTRICT", passwordHash: "x" },
      update: {},
    });
    const viewer: Viewer = {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: "DISTRICT",
      communeIds: [],
    };
    for (const [label, bump] of [
      ["tạo mới", 0],
      ["cập nhật", 1],
      ["không đổi", 1],
    ] as const) {
      const data = sheet(bump);
      const bytes = xlsx ? await writeXlsx(data) : Buffer.from(writeCsv(data));
      const file = new File([new Uint8Array(bytes)], xlsx ? "bench.xlsx" : "bench.csv");
      const t0 = performance.now();
      const r = await importSpreadsheet.run(viewer, { kind: "to-chuc-theo-nam", file }, prisma);
      const ms = performance.now() - t0;
      if (!r.ok) throw new Error(`${r.error}\n${(r.fieldErrors?.issues ?? []).slice(0, 5).join("\n")}`);
      console.log(
        `${label.padEnd(10)} ${xlsx ? "XLSX" : "CSV "} ${count} dòng: ${(ms / 1000).toFixed(2)} s, ${Math.round((count / ms) * 1000)} dòng/s`,
        JSON.stringify({ ...r.data, warnings: r.data.warnings.length }),
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
