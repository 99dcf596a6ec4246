// Shared fixtures of the plan tests: a small territory with the 2025 merger (Vĩnh Bình:
// the old town taken over by the new commune, which kept its official code 28651) and a
// sheet builder.
import type { CommuneData } from "./communes";
import type { ColumnDef } from "./columns";
import type { ThresholdData } from "./rating";
import type { SheetRow } from "./table";

export const d = (s: string) => new Date(`${s}T00:00:00Z`);

export const OLD_VINH_BINH: CommuneData = {
  id: 1,
  code: "28651",
  name: "Vĩnh Bình",
  kind: "Thị trấn",
  validFrom: d("1979-01-01"),
  validTo: d("2025-06-30"),
  successorId: 3,
};
export const BINH_NHI: CommuneData = {
  id: 2,
  code: "28666",
  name: "Bình Nhì",
  kind: "Xã",
  validFrom: d("1979-01-01"),
  validTo: d("2025-06-30"),
  successorId: 4,
};
export const NEW_VINH_BINH: CommuneData = {
  id: 3,
  code: "28651",
  name: "Vĩnh Bình",
  kind: "Xã",
  validFrom: d("2025-07-01"),
  validTo: null,
  successorId: null,
};
const DONG_SON: CommuneData = {
  id: 4,
  code: "28660",
  name: "Đồng Sơn",
  kind: "Xã",
  validFrom: d("2025-07-01"),
  validTo: null,
  successorId: null,
};
export const COMMUNES = [OLD_VINH_BINH, BINH_NHI, NEW_VINH_BINH, DONG_SON];

const band = (scheme: ThresholdData["scheme"], level: ThresholdData["level"], minScore: number): ThresholdData => ({
  scheme,
  level,
  minScore,
  validFrom: d("2021-01-01"),
  validTo: null,
});
export const THRESHOLDS: ThresholdData[] = (["GENERAL", "AGRICULTURE"] as const).flatMap((s) => [
  band(s, "GOOD", 75),
  band(s, "FAIR", 50),
  band(s, "AVERAGE", 35),
  band(s, "WEAK", 0),
]);

/** A sheet with the header row (keys) then one row per record, numbered as Excel does. */
export function sheetOf(columns: readonly ColumnDef[], rows: Record<string, string | number>[]): SheetRow[] {
  const keys = columns.map((c) => c.key);
  return [
    { rowNumber: 1, cells: keys },
    ...rows.map((r, i) => ({ rowNumber: i + 2, cells: keys.map((k) => r[k] ?? null) })),
  ];
}
