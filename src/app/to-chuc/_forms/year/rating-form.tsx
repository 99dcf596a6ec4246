"use client";
import { useState } from "react";
import { NOT_RATED_REASON_LABELS, RATING_LEVEL_LABELS, RATING_SCHEME_LABELS } from "@/domain/labels";
import type { YearDossier } from "@/server/dossier/get-year-dossier";
import { saveRating } from "@/server/dossier/rating/save-rating.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { NumberField, SelectField, TextAreaField } from "@/app/_components/form/fields";
import { optionsOf, refill } from "@/app/_components/form/form-state";
import type { YearIds } from "./ids";

const MODES = [
  ["SCORED", "Có điểm đánh giá"],
  ["NOT_RATED", "Không xếp loại"],
] as const;

export function RatingForm({
  ids,
  rating,
  defaultScheme,
}: {
  ids: YearIds;
  rating: YearDossier["rating"];
  defaultScheme: string;
}) {
  const form = useActionForm(saveRating);
  const initialMode = refill(
    form.state,
    "mode",
    rating && !rating.score && rating.notRatedReason ? "NOT_RATED" : "SCORED",
  );
  const [mode, setMode] = useState(initialMode);
  const level = form.data?.level;
  return (
    <ActionForm
      form={form}
      formId="xl"
      title={`Xếp loại năm ${ids.year}`}
      titleId="xep-loai"
      success={form.data && (level ? `Đã lưu: xếp loại ${RATING_LEVEL_LABELS[level]}.` : "Đã lưu: không xếp loại.")}
      hidden={{ ...ids, version: rating?.version ?? "" }}
    >
      {rating?.level && (
        <p className="text-sm">
          Xếp loại đã lưu: <strong>{RATING_LEVEL_LABELS[rating.level]}</strong> ({rating.score} điểm)
        </p>
      )}
      <fieldset className="text-sm">
        <legend className="font-semibold">Kết quả</legend>
        {MODES.map(([value, text], i) => (
          <label key={value} className={`${i === 0 ? "mr-4 " : ""}inline-flex items-center gap-2`}>
            <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
            {text}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="scheme"
          label="Bộ tiêu chí"
          defaultValue={rating?.scheme ?? defaultScheme}
          options={optionsOf(RATING_SCHEME_LABELS)}
        />
        {mode === "SCORED" ? (
          <NumberField
            name="score"
            label="Điểm (0–100)"
            decimal
            defaultValue={rating?.score}
            hint="Xếp loại được tính theo ngưỡng điểm đang áp dụng vào cuối năm"
          />
        ) : (
          <SelectField
            name="notRatedReason"
            label="Lý do không xếp loại"
            defaultValue={rating?.notRatedReason}
            options={optionsOf(NOT_RATED_REASON_LABELS, "— Chọn lý do —")}
          />
        )}
        <TextAreaField name="note" label="Ghi chú" defaultValue={rating?.note} className="sm:col-span-2" />
      </div>
      <SubmitButton label="Lưu xếp loại" />
    </ActionForm>
  );
}
