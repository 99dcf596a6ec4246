"use client";
import { useState } from "react";
import { NOT_RATED_REASON_LABELS, RATING_LEVEL_LABELS, RATING_SCHEME_LABELS } from "@/domain/labels";
import { yearFiguresSchema } from "@/domain/entry/year-figures";
import { formatInteger } from "@/domain/format/number";
import { formatDate } from "@/domain/format/date";
import type { YearDossier } from "@/server/dossier/get-year-dossier";
import { saveYearFigures } from "@/server/dossier/year/save-year-figures.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { FieldError, NumberField, SelectField, TextAreaField, TextField } from "@/app/_components/form/fields";
import { optionsOf, refill } from "@/app/_components/form/form-state";
import type { YearIds } from "./ids";

type Report = NonNullable<YearDossier["report"]>;
type Rating = YearDossier["rating"];
type Register = { count: number; asOf: string } | null;

/** The figures of the yearly report, in the order of the paper form. */
const FIGURES: { name: keyof Report; label: string; hint?: string; signed?: boolean }[] = [
  { name: "memberCount", label: "Số thành viên" },
  { name: "officialMemberCount", label: "Trong đó chính thức" },
  { name: "employeeCount", label: "Số lao động" },
  { name: "charterCapital", label: "Vốn điều lệ (đồng)", hint: "Ví dụ: 1.500.000.000" },
  { name: "totalAssets", label: "Tổng tài sản (đồng)" },
  { name: "revenue", label: "Doanh thu (đồng)" },
  // a loss is typed with a minus sign, which the numeric keyboard lacks
  { name: "profit", label: "Lợi nhuận (đồng, lỗ ghi dấu -)", signed: true },
  { name: "avgMemberIncome", label: "Thu nhập bình quân thành viên (đồng/năm)" },
];

/** What the member register says beside "Số thành viên": the count it holds (the field's
 *  default when nothing was reported), and a flag when the reported figure differs. */
function registerHint(register: Register, reported: number | null | undefined) {
  if (!register) return undefined;
  const counted = `Sổ thành viên: ${formatInteger(register.count)} thành viên tại ${formatDate(register.asOf)}`;
  if (reported === null || reported === undefined || reported === register.count) return `${counted}.`;
  return (
    <span className="font-semibold text-amber-800" data-testid="member-mismatch">
      ⚠ Khác sổ thành viên: {counted}. Sửa số báo cáo hoặc cập nhật sổ.
    </span>
  );
}

function ReportPart({
  report,
  isTht,
  register,
}: {
  report: YearDossier["report"];
  isTht: boolean;
  register: Register;
}) {
  const effective = report?.effective === true ? "yes" : report?.effective === false ? "no" : "";
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {FIGURES.map(({ name, label, hint, signed }) => {
        const Field = signed ? TextField : NumberField;
        if (name === "memberCount") {
          // the register already holds the count: offered, not retyped
          const reported = report?.memberCount;
          return (
            <Field
              key={name}
              name={`report.${name}`}
              label={label}
              hint={registerHint(register, reported)}
              defaultValue={reported ?? register?.count}
            />
          );
        }
        const value = report?.[name];
        return (
          <Field key={name} name={`report.${name}`} label={label} hint={hint} defaultValue={value as string | number} />
        );
      })}
      <SelectField
        name="report.effective"
        label={isTht ? "Tổ hợp tác hoạt động hiệu quả" : "Đánh giá hoạt động hiệu quả"}
        defaultValue={effective}
        options={[
          ["", "Chưa đánh giá"],
          ["yes", "Có"],
          ["no", "Không"],
        ]}
      />
    </div>
  );
}

type Mode = "NONE" | "SCORED" | "NOT_RATED";

function RatingPart({
  rating,
  defaultScheme,
  mode,
  setMode,
}: {
  rating: Rating;
  defaultScheme: string;
  mode: Mode;
  setMode: (m: Mode) => void;
}) {
  // "Not entered yet" only while there is no rating: a stored one is changed, not unset.
  const modes: [Mode, string][] = [
    ...(rating ? [] : [["NONE", "Chưa nhập xếp loại"] as [Mode, string]]),
    ["SCORED", "Có điểm đánh giá"],
    ["NOT_RATED", "Không xếp loại"],
  ];
  return (
    <div className="space-y-3">
      {rating?.level && (
        <p className="text-sm">
          Xếp loại đã lưu: <strong>{RATING_LEVEL_LABELS[rating.level]}</strong> ({rating.score} điểm)
        </p>
      )}
      <fieldset className="text-sm">
        <legend className="font-semibold">Kết quả xếp loại</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {modes.map(([value, text]) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="rating.mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {text}
            </label>
          ))}
        </div>
        <FieldError id="so-lieu-rating.mode-error" name="rating.mode" />
      </fieldset>
      {mode !== "NONE" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            name="rating.scheme"
            label="Bộ tiêu chí"
            defaultValue={rating?.scheme ?? defaultScheme}
            options={optionsOf(RATING_SCHEME_LABELS)}
          />
          {mode === "SCORED" ? (
            <NumberField
              name="rating.score"
              label="Điểm (0–100)"
              decimal
              defaultValue={rating?.score}
              hint="Xếp loại được tính theo ngưỡng điểm đang áp dụng vào cuối năm"
            />
          ) : (
            <SelectField
              name="rating.notRatedReason"
              label="Lý do không xếp loại"
              defaultValue={rating?.notRatedReason}
              options={optionsOf(NOT_RATED_REASON_LABELS, "— Chọn lý do —")}
            />
          )}
          <TextAreaField
            name="rating.note"
            label="Ghi chú xếp loại"
            defaultValue={rating?.note}
            className="sm:col-span-2"
          />
        </div>
      )}
    </div>
  );
}

/**
 * The year's figures in one form with one save: the annual report and, for a
 * cooperative, its rating (a cooperative group, THT, is not rated: the report alone).
 * Written together or not at all (saveYearFigures); the shared schema checks the fields
 * in the browser first, with the server's words.
 */
export function YearFiguresForm({
  ids,
  report,
  rating,
  isTht,
  register,
  defaultScheme,
}: {
  ids: YearIds;
  report: YearDossier["report"];
  rating: Rating;
  isTht: boolean;
  /** The member register's count at the year's count date; null without a register. */
  register: Register;
  defaultScheme: string;
}) {
  const form = useActionForm(saveYearFigures, { schema: yearFiguresSchema });
  const stored: Mode = !rating ? "NONE" : !rating.score && rating.notRatedReason ? "NOT_RATED" : "SCORED";
  const [mode, setMode] = useState(refill(form.state, "rating.mode", stored) as Mode);
  const saved = form.data?.rating;
  const success =
    form.data &&
    `Đã lưu số liệu năm ${ids.year}` +
      (saved ? (saved.level ? `: xếp loại ${RATING_LEVEL_LABELS[saved.level]}.` : ": không xếp loại.") : ".");
  return (
    <ActionForm
      form={form}
      formId="so-lieu"
      title={isTht ? `Báo cáo năm ${ids.year}` : `Báo cáo và xếp loại năm ${ids.year}`}
      titleId="bao-cao-xep-loai"
      success={success}
      hidden={{
        ...ids,
        "report.version": report?.version ?? "",
        ...(isTht ? {} : { "rating.version": rating?.version ?? "" }),
      }}
    >
      {!isTht && <h3 className="font-semibold">Báo cáo năm</h3>}
      <ReportPart report={report} isTht={isTht} register={register} />
      {!isTht && (
        <>
          <h3 className="border-t border-slate-200 pt-3 font-semibold">Xếp loại</h3>
          <RatingPart rating={rating} defaultScheme={defaultScheme} mode={mode} setMode={setMode} />
        </>
      )}
      <SubmitButton label="Lưu số liệu năm" />
    </ActionForm>
  );
}
