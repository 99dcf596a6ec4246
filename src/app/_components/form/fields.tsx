"use client";
// Labelled fields with their error next to them (aria-invalid + aria-describedby), refilled
// from the state after a failed action. State and id prefix come from the enclosing
// ActionForm/FormScope; ids are `${formId}-${name}` (+ "-hint", "-error"), or the name alone
// when formId is "".
import type { ReactNode } from "react";
import { useFormScope } from "./action-form";
import { fieldErrors, refill, type FormState } from "./form-state";
import { inputClass } from "./styles";
import { dayInputValue } from "@/domain/format/date";

export function FieldError({ id, name, state }: { id: string; name: string; state?: FormState }) {
  const scope = useFormScope();
  const errors = fieldErrors(state === undefined ? scope.state : state, name);
  if (!errors?.length) return null;
  return (
    <span id={id} className="mt-1 text-sm text-red-700">
      {errors.join("; ")}
    </span>
  );
}

type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  required?: boolean;
  defaultValue?: string | number | null;
  /** Classes added to the control's own (e.g. "font-mono text-sm" for Markdown). */
  inputClassName?: string;
};

/** The id, refilled value and aria attributes of a field's control. */
function useControl({ name, hint, defaultValue, inputClassName }: Common) {
  const { state, formId } = useFormScope();
  // an empty prefix: the page has one form with these names, ids are the names themselves
  const id = formId ? `${formId}-${name}` : name;
  const invalid = !!fieldErrors(state, name)?.length;
  const described = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    name,
    defaultValue: refill(state, name, defaultValue),
    "aria-invalid": invalid ? true : undefined,
    "aria-describedby": described.length ? described.join(" ") : undefined,
    className: inputClassName ? `${inputClass} ${inputClassName}` : inputClass,
  };
}

function FieldFrame({
  id,
  name,
  label,
  hint,
  required,
  className,
  children,
}: Omit<Common, "defaultValue" | "inputClassName"> & { id: string; children: ReactNode }) {
  // The label holds the field's name only: the hint and the error are its description
  // (aria-describedby), not part of its name ("Số thành viên", not "Số thành viên Sổ …").
  return (
    <div className={`flex flex-col text-sm ${className ?? ""}`}>
      <label className="font-semibold" htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {hint ? (
        <span id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} name={name} />
    </div>
  );
}

export function TextField({
  type = "text",
  inputMode,
  autoComplete = "off",
  placeholder,
  ...f
}: Common & {
  type?: "text" | "number" | "search" | "password";
  inputMode?: "numeric" | "decimal" | "text";
  autoComplete?: string;
  placeholder?: string;
}) {
  const control = useControl(f);
  return (
    <FieldFrame {...f} id={control.id}>
      <input
        {...control}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        placeholder={placeholder}
        required={f.required}
      />
    </FieldFrame>
  );
}

/** A whole number typed as text ("1.500.000"): the numeric keyboard on a phone. */
export function NumberField(props: Common & { decimal?: boolean }) {
  const { decimal, ...f } = props;
  return <TextField {...f} inputMode={decimal ? "decimal" : "numeric"} />;
}

/**
 * A day typed as dd/mm/yyyy. Not <input type="date">: that control shows and takes the
 * browser's order (mm/dd/yyyy in an English browser, so "12/03" would be 3 December to
 * one reader and 12 March to another). The server reads day first (parseDayInput).
 */
export function DateField({ defaultValue, hint, ...props }: Common) {
  return (
    <TextField
      {...props}
      defaultValue={dayInputValue(typeof defaultValue === "string" ? defaultValue : null)}
      placeholder="dd/mm/yyyy"
      hint={hint ?? "Ngày/tháng/năm, ví dụ 03/12/2026"}
    />
  );
}

export function SelectField({ options, ...f }: Common & { options: readonly (readonly [string, string])[] }) {
  const control = useControl(f);
  return (
    <FieldFrame {...f} id={control.id}>
      <select {...control} required={f.required}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * A select whose choices depend on another field (the communes that existed on the day
 * typed beside it): controlled by the caller, choices in labelled groups (optgroups), and
 * an empty first choice saying why when the value is not among them.
 */
export function GroupedSelectField({
  groups,
  value,
  onValueChange,
  empty,
  ...f
}: Omit<Common, "defaultValue"> & {
  groups: readonly { label: string; options: readonly (readonly [string, string])[] }[];
  value: string;
  onValueChange: (value: string) => void;
  empty: string;
}) {
  const control = useControl(f);
  const offered = groups.some((g) => g.options.some(([v]) => v === value));
  const option = ([v, text]: readonly [string, string]) => (
    <option key={v} value={v}>
      {text}
    </option>
  );
  return (
    <FieldFrame {...f} id={control.id}>
      <select
        {...control}
        defaultValue={undefined}
        value={offered ? value : ""}
        onChange={(e) => onValueChange(e.target.value)}
        required={f.required}
      >
        {!offered && <option value="">{empty}</option>}
        {groups
          .filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map(option)}
            </optgroup>
          ))}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({ rows = 2, ...f }: Common & { rows?: number }) {
  const control = useControl(f);
  return (
    <FieldFrame {...f} id={control.id}>
      <textarea {...control} rows={rows} required={f.required} />
    </FieldFrame>
  );
}
