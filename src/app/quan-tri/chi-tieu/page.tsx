import type { Metadata } from "next";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import Link from "next/link";
import type { TargetDefinition, TargetKind, TargetParams } from "@/domain/targets/definitions";
import { PROGRAMME_CATALOGUE } from "@/domain/programmes/catalogue";
import { programmeParam } from "@/domain/dashboard/filters";
import { getProgramme, listProgrammes } from "@/server/programmes/get-programme";
import { COMPARATOR_SIGNS } from "@/domain/targets/labels";
import { formatDate } from "@/domain/format/date";
import { formatNumber } from "@/domain/format/number";
import { TargetVersionForm } from "./_components/target-version-form";
import { describeTargetParams } from "./_components/target-params";
import { todayIsoInVietnam } from "@/domain/time/vietnam";

export const metadata: Metadata = { title: "Chỉ tiêu" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TargetSettingsPage({ searchParams }: Props) {
  await connection();
  const viewer = await requireViewer();
  const admin = canAdminister(viewer);
  const programme = await getProgramme(prisma, programmeParam((await searchParams).chuong_trinh));
  if (!programme) return <p>Chưa có chương trình nào: hãy chạy lệnh tạo dữ liệu tham chiếu.</p>;
  const programmes = await listProgrammes(prisma);
  const rows = await prisma.target.findMany({ where: { programmeId: programme.id }, orderBy: [{ validFrom: "desc" }] });
  const today = todayIsoInVietnam();
  // The programme's targets: those of its document first (the catalogue), then those an
  // admin added, in the order they were added.
  const seeded = PROGRAMME_CATALOGUE.find((p) => p.code === programme.code)?.targets ?? [];
  const added = [...rows]
    .sort((a, b) => a.id - b.id)
    .filter((r, i, all) => !seeded.some((t) => t.code === r.code) && all.findIndex((x) => x.code === r.code) === i)
    .map((r): TargetDefinition => ({
      code: r.code,
      kind: r.kind as TargetKind,
      title: r.title,
      horizonYear: r.horizonYear,
      comparator: r.comparator,
      value: Number(r.value),
      unit: r.unit,
      params: {},
      sourceText: r.sourceText,
      explanation: r.explanation || r.sourceText,
    }));
  const targets = [...seeded, ...added];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Chỉ tiêu và định nghĩa</h1>
      <nav aria-label="Chọn chương trình" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-700">Chương trình:</span>
        {programmes.map((p) => (
          <Link
            key={p.code}
            href={`/quan-tri/chi-tieu?chuong_trinh=${p.code}`}
            aria-current={p.code === programme.code ? "page" : undefined}
            className={`inline-flex min-h-6 items-center rounded-full border px-3 py-1 ${
              p.code === programme.code
                ? "border-brand-700 bg-brand-700 font-semibold text-white"
                : "border-slate-300 bg-white text-slate-800 hover:border-brand-700"
            }`}
          >
            {p.shortTitle}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-800" data-testid="programme-title">
        {programme.title}
        {programme.sourceRef && ` — ${programme.sourceRef}`}
        {admin && (
          <>
            {" "}
            <Link href={`/quan-tri/chuong-trinh/${programme.code}`} className="text-brand-800 underline">
              Sửa văn bản, địa bàn của chương trình
            </Link>
          </>
        )}
      </p>
      <p className="max-w-3xl text-sm text-slate-700">
        Mỗi chỉ tiêu có thể có nhiều phiên bản, mỗi phiên bản có thời hạn hiệu lực. Số liệu của một ngày được tính theo
        phiên bản có hiệu lực vào ngày đó, nên các báo cáo cũ vẫn giải thích được.
        {!admin && " Chỉ quản trị viên được thêm phiên bản mới."}
      </p>
      {targets.length === 0 && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          Chương trình này chưa có chỉ tiêu nào.{admin && " Thêm chỉ tiêu đầu tiên bằng mẫu dưới đây."}
        </p>
      )}
      {targets.map((def) => {
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
            <p className="text-sm">
              <Link
                href={`/quan-tri/chi-tieu/giao?chuong_trinh=${programme.code}&ma=${def.code}`}
                className="text-brand-800 underline"
              >
                Giao chỉ tiêu cho từng địa bàn
              </Link>
            </p>
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
                    programme: programme.code,
                    kind: def.kind,
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
      {admin && (
        <section aria-labelledby="ct-moi" className="rounded-lg border border-dashed border-slate-300 bg-white p-4">
          <h2 id="ct-moi" className="font-semibold">
            Thêm chỉ tiêu cho {programme.shortTitle}
          </h2>
          <p className="text-sm text-slate-700">
            Chọn cách tính trong danh sách; mã chỉ tiêu là duy nhất trong chương trình và không đổi qua các phiên bản.
          </p>
          <TargetVersionForm
            d={{
              programme: programme.code,
              kind: null,
              code: "",
              title: "",
              comparator: "GTE",
              value: 0,
              unit: "COUNT",
              horizonYear: 2030,
              sourceText: "",
              suggestedValidFrom: today,
            }}
          />
        </section>
      )}
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
