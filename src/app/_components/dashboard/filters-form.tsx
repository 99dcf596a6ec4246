"use client";
// A GET form: the filters land in the URL (shareable, works without JS). With JS a change
// submits at once and next/form turns the submission into a client-side navigation, so
// only the new figures travel (no full page load); the button stays for keyboard users
// and no-JS browsers.
import Form from "next/form";
import Link from "next/link";
import { useRef } from "react";
import { dayInputValue, parseDayInput } from "@/domain/format/date";

type Option = { value: string; label: string };

export function DashboardFiltersForm(props: {
  year: number;
  /** The years offered, labelled "2026 (tạm tính)" when not closed. */
  years: { value: number; label: string }[];
  asOf: string;
  asOfChosen: boolean;
  /** "Xã, thị trấn", or the districts / provinces a large scope offers instead. */
  areaLegend: string;
  communes: Option[];
  selectedCommunes: number[];
  sectors: Option[];
  selectedSectors: string[];
  types: Option[];
  selectedTypes: string[];
  includeUnapproved: boolean;
}) {
  const form = useRef<HTMLFormElement>(null);
  const submit = () => form.current?.requestSubmit();
  return (
    <Form
      ref={form}
      action="/"
      noValidate
      aria-label="Bộ lọc bảng điều khiển"
      className="no-print space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Năm số liệu</span>
          <select
            name="nam"
            defaultValue={props.year}
            onChange={submit}
            className="mt-1 rounded border border-slate-300 p-2"
          >
            {props.years.map((y) => (
              <option key={y.value} value={y.value}>
                {y.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Tính đến ngày (tùy chọn)</span>
          <input
            name="ngay"
            defaultValue={props.asOfChosen ? dayInputValue(props.asOf) : ""}
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            aria-describedby="bo-loc-ngay"
            // a typed day is sent once it is a whole day (or cleared), not at every key
            onChange={(e) => {
              const v = e.currentTarget.value.trim();
              if (v === "" || (v.length >= 8 && parseDayInput(v))) submit();
            }}
            className="mt-1 rounded border border-slate-300 p-2"
          />
          <span id="bo-loc-ngay" className="mt-1 text-xs text-slate-600">
            Ngày/tháng/năm trong năm {props.year}
          </span>
        </label>
        <CheckboxGroup
          legend="Loại hình"
          name="loai"
          options={props.types}
          selected={props.selectedTypes}
          onChange={submit}
        />
        <CheckboxGroup
          legend="Lĩnh vực"
          name="linh_vuc"
          options={props.sectors}
          selected={props.selectedSectors}
          onChange={submit}
        />
      </div>
      <details open={props.selectedCommunes.length > 0}>
        <summary className="cursor-pointer text-sm font-semibold">
          {props.areaLegend}{" "}
          {props.selectedCommunes.length > 0 ? `(${props.selectedCommunes.length} đã chọn)` : "(toàn địa bàn)"}
        </summary>
        <fieldset className="mt-2 grid gap-1 text-sm sm:grid-cols-3 lg:grid-cols-5">
          <legend className="sr-only">Chọn {props.areaLegend.toLowerCase()}</legend>
          {props.communes.map((c) => (
            <label key={c.value} className="flex items-center gap-1">
              <input
                type="checkbox"
                name="xa"
                value={c.value}
                defaultChecked={props.selectedCommunes.includes(Number(c.value))}
                onChange={submit}
              />
              {c.label}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="chua_duyet"
            value="1"
            defaultChecked={props.includeUnapproved}
            onChange={submit}
          />
          Tính cả số liệu chưa được duyệt
        </label>
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          Áp dụng bộ lọc
        </button>
        <Link href="/" className="text-sm text-brand-800 underline">
          Bỏ lọc
        </Link>
      </div>
    </Form>
  );
}

function CheckboxGroup(props: {
  legend: string;
  name: string;
  options: Option[];
  selected: string[];
  onChange: () => void;
}) {
  return (
    <fieldset className="text-sm">
      <legend className="font-semibold">{props.legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-3">
        {props.options.map((o) => (
          <label key={o.value} className="flex items-center gap-1">
            <input
              type="checkbox"
              name={props.name}
              value={o.value}
              defaultChecked={props.selected.includes(o.value)}
              onChange={props.onChange}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
