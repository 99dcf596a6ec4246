"use client";
// Rating score per year on the 0-100 scale of TT 01/2020, in the style of the
// dashboard's target charts. Decoration for sighted users: the page shows the same
// numbers in a table. Animation off so print and screenshots are complete.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function ScoreChart({ points }: { points: { year: number; score: number | null }[] }) {
  const fmt = (v: number) => v.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  return (
    <div className="h-48 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        {/* aria-hidden: the surface must not take keyboard focus (no accessibility layer). */}
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="year" type="category" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 100]} tickFormatter={fmt} tick={{ fontSize: 11 }} width={36} />
          <Tooltip
            formatter={(v) => (typeof v === "number" ? `${fmt(v)} điểm` : String(v))}
            labelFormatter={(l) => `Năm ${l}`}
          />
          <Line
            type="monotone"
            dataKey="score"
            name="Điểm đánh giá"
            stroke="#1d4ed8"
            strokeWidth={2}
            dot
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
