// A drop-down and the buttons of a plain GET form (a list's filters, an export's choices): works without
// JavaScript and the address can be shared. No hooks: usable in server pages.
import type { ReactNode } from "react";
import Link from "next/link";
import { buttonClass, inputClass } from "./styles";

export function FilterSelect({
  name,
  label,
  value,
  options,
  all = "Tất cả",
  children,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  /** Value → label, in order; or numbers (years) shown as themselves. `children` may add more. */
  options?: Record<string, string> | readonly number[];
  /** The first, blank choice ("no filter"); null for none. */
  all?: string | null;
  children?: ReactNode;
}) {
  const entries = Array.isArray(options)
    ? options.map((n) => [String(n), String(n)] as const)
    : Object.entries(options ?? {});
  return (
    <label className="flex flex-col text-sm">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={value === undefined ? "" : String(value)} className={inputClass}>
        {all !== null && <option value="">{all}</option>}
        {entries.map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
        {children}
      </select>
    </label>
  );
}

/** "Lọc" and "Bỏ lọc" (a link to the list with no filter), side by side. */
export function FilterButtons({ reset }: { reset: string }) {
  return (
    <div className="flex items-end gap-2">
      <button type="submit" className={buttonClass}>
        Lọc
      </button>
      <Link href={reset} className="rounded px-3 py-2 text-sm text-brand-800 underline">
        Bỏ lọc
      </Link>
    </div>
  );
}
