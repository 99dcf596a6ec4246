"use client";
import { useActionState, type KeyboardEvent } from "react";
import { formatInteger } from "@/domain/format/number";
import { savePopulation } from "@/server/population/save-population.action";
import type { PopulationRow } from "@/server/population/list-population";
import { fieldErrors, type FormState, refill } from "@/app/_components/form/form-state";
import { secondaryButtonClass } from "@/app/_components/form/styles";

const cell = "w-28 rounded border border-slate-300 p-1 aria-[invalid=true]:border-red-600";

/** The source is one line of text: Enter saves the row, as it does in the other fields. */
function submitOnEnter(e: KeyboardEvent<HTMLTextAreaElement>) {
  if (e.key !== "Enter") return;
  e.preventDefault();
  if (!e.shiftKey) e.currentTarget.form?.requestSubmit();
}

/** One table row's figures as a small form (the row is the unit; the labels name it). */
export function PopulationForm({ row, year }: { row: PopulationRow; year: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(savePopulation, null);
  const f = `ds-${row.id}`;
  const errors = state && !state.ok ? [state.error, ...Object.values(state.fieldErrors ?? {}).flat()] : [];
  /** A count of the row, labelled with the row's name for screen readers. */
  const count = (name: string, label: string, value: number | null) => (
    <label className="text-xs">
      <span className="sr-only">
        {label} {row.label}
      </span>
      <input
        name={name}
        inputMode="numeric"
        defaultValue={refill(state, name, value === null ? "" : formatInteger(value))}
        aria-invalid={fieldErrors(state, name) ? true : undefined}
        aria-describedby={`${f}-error`}
        className={cell}
      />
    </label>
  );
  return (
    <form noValidate action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="areaUnitId" value={row.id} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={row.version ?? ""} />
      {count("population", "Dân số", row.population)}
      {count("households", "Số hộ", row.households)}
      {/* A textarea that grows with its text: a source of up to 200 characters is read whole
          (an input cut it off), wrapping on a phone as on a desktop. */}
      <label className="w-full text-xs sm:w-80">
        <span className="sr-only">Nguồn số liệu {row.label}</span>
        <textarea
          name="source"
          rows={2}
          defaultValue={refill(state, "source", row.source)}
          placeholder="Nguồn"
          onKeyDown={submitOnEnter}
          className="block w-full resize-y rounded border border-slate-300 p-1 text-sm wrap-anywhere [field-sizing:content]"
        />
      </label>
      <button type="submit" disabled={pending} className={secondaryButtonClass} aria-label={`Lưu dân số ${row.label}`}>
        Lưu
      </button>
      <span id={`${f}-error`} role={errors.length ? "alert" : undefined} className="text-xs text-red-700">
        {errors.join("; ")}
      </span>
      {state?.ok && (
        <span role="status" className="text-xs text-brand-800">
          Đã lưu
        </span>
      )}
    </form>
  );
}
