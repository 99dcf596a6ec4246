// The page's year, chosen through the URL (?nam=2025) with a plain GET form: it works
// without JavaScript and the address can be shared. No hooks.
import { buttonClass, inputClass } from "./form/styles";

export function YearPicker({
  year,
  years,
  label = "Năm",
}: {
  year: number;
  /** The years offered, newest first; without them any year 2000–2100 can be typed. */
  years?: readonly number[];
  label?: string;
}) {
  return (
    <form noValidate method="get" className="no-print flex flex-wrap items-end gap-3" aria-label="Chọn năm">
      <label className="flex flex-col text-sm">
        <span className="font-semibold">{label}</span>
        {years ? (
          <select name="nam" defaultValue={String(year)} className={inputClass}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        ) : (
          <input name="nam" type="number" defaultValue={year} min={2000} max={2100} className={`${inputClass} w-28`} />
        )}
      </label>
      <button type="submit" className={buttonClass}>
        Xem
      </button>
    </form>
  );
}
