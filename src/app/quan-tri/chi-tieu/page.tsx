import type { Metadata } from "next";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { DEFAULT_TARGETS, type TargetParams } from "@/domain/targets/definitions";
import { COMPARATOR_SIGNS } from "@/domain/targets/labels";
import { formatDate } from "@/domain/format/date";
import { formatNumber } from "@/domain/format/number";
import { TargetVersionForm } from "./_components/target-version-form";
import { describeTargetParams } from "./_components/target-params";
import { todayIsoInVietnam } from "@/domain/time/vietnam";

export const metadata: Metadata = { title: "Chỉ tiêu" };

export default async function TargetSettingsPage() {
  await connection();
  const viewer = await requireViewer();
  const admin = canAdminister(viewer);
  const rows = await prisma.target.findMany({ orderBy: [{ validFrom: "desc" }] });
  const today = todayIsoInVietnam();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Chỉ tiêu và định nghĩa</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        Mỗi chỉ tiêu có thể có nhiều phiên bản, mỗi phiên bản có thời hạn hiệu lực. Số liệu của một ngày được tính theo
        phiên bản có hiệu lực vào ngày đó, nên các báo cáo cũ vẫn giải thích được.
        {!admin && " Chỉ quản trị viên được thêm phiên bản mới."}
      </p>
      {DEFAULT_TARGETS.map((def) => {
        const versions = rows.filter((r) => r.code === def.code);
        const current = versions.find((v) => v.validTo === null) ?? versions[0];
        const params = (current?.definition ?? def.params) as TargetParams;
        return (
          <section
            key={def.code}
            aria-labelledby={`ct-${def.code}`}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid={`target-settings-${def.code}`}
          >
            <h2 id={`ct-${def.code}`} className="font-semibold">
              {current?.title ?? def.title} <span className="font-mono text-xs text-slate-600">{def.code}</span>
            </h2>
            <p className="text-sm text-slate-700">{def.explanation}</p>
            <table className="mt-2 w-full text-sm">
              <caption className="sr-only">Các phiên bản của chỉ tiêu {def.title}</caption>
              <thead className="text-left">
                <tr>
                  <th scope="col">Hiệu lực</th>
                  <th scope="col">Ngưỡng</th>
                  <th scope="col">Năm đích</th>
                  <th scope="col">Tham số</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id} className="border-t border-slate-100">
                    <td>
                      {formatDate(v.validFrom)} – {v.validTo ? formatDate(v.validTo) : "nay"}
                    </td>
                    <td>
                      {COMPARATOR_SIGNS[v.comparator]} {formatNumber(Number(v.value))}
                      {v.unit === "PERCENT" ? " %" : ""}
                    </td>
                    <td>{v.horizonYear}</td>
                    <td>
                      <TargetParamsList definition={v.definition} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {admin && (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-semibold text-brand-800">Thêm phiên bản mới</summary>
                <TargetVersionForm
                  d={{
                    code: def.code,
                    title: current?.title ?? def.title,
                    comparator: current?.comparator ?? def.comparator,
                    value: Number(current?.value ?? def.value),
                    unit: def.unit,
                    horizonYear: current?.horizonYear ?? def.horizonYear,
                    sourceText: current?.sourceText ?? def.sourceText,
                    chainBase: params.chainBase,
                    orgTypes: params.orgTypes,
                    suggestedValidFrom: today,
                  }}
                />
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** "Loại hình được tính: Tổ hợp tác, Hợp tác xã"; a target without parameters says so. */
function TargetParamsList({ definition }: { definition: unknown }) {
  const items = describeTargetParams(definition);
  if (items.length === 0) return <span className="text-slate-600">Không có</span>;
  return (
    <dl className="space-y-0.5">
      {items.map((item) => (
        <div key={item.label}>
          <dt className="inline font-medium">{item.label}: </dt>
          <dd className="inline">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
