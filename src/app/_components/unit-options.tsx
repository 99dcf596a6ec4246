// The options of a unit picker: current units first, dissolved ones grouped apart and
// marked with where they count today (src/domain/territory/unit-label.ts).
import { compareVietnamese } from "@/domain/format/collate";
import { groupUnitsForPicker, type UnitForLabel } from "@/domain/territory/unit-label";

export function UnitOptions<U extends UnitForLabel & { code?: string }>({
  units,
  value = (u) => String(u.id),
  showCode = false,
}: {
  units: readonly U[];
  value?: (u: U) => string;
  showCode?: boolean;
}) {
  const { current, former } = groupUnitsForPicker(units, compareVietnamese);
  const option = (u: U & { label: string }) => (
    <option key={u.id} value={value(u)}>
      {u.label}
      {showCode && u.code ? ` (mã ${u.code})` : ""}
    </option>
  );
  return (
    <>
      <optgroup label="Đơn vị hiện nay">{current.map(option)}</optgroup>
      {former.length > 0 && <optgroup label="Đơn vị cũ (trước 01/07/2025)">{former.map(option)}</optgroup>}
    </>
  );
}
