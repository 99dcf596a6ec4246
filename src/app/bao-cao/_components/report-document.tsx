// A report laid out as a formal Vietnamese administrative document (Nghị định
// 30/2020/NĐ-CP style): issuing body and national motto side by side, place and date,
// the title, "tính đến ngày", then the sections. Everything comes from the frozen
// snapshot. The charts are the dashboard's own components; every chart has the same
// numbers in a table next to it.
import {
  asOfLine,
  communesTable,
  contextLines,
  dateLine,
  NARRATIVE_SECTIONS,
  NATIONAL_MOTTO,
  qualityTable,
  sectorsTable,
  supportTable,
  targetsTable,
  typesTable,
  type ReportDocument,
} from "@/domain/reports/document";
import { PROGRESS_STATUS_COLOURS } from "@/domain/targets/labels";
import { BreakdownBarChart } from "../../_components/dashboard/lazy-charts";
import { TargetChart } from "../../_components/dashboard/lazy-charts";
import { DataTable } from "./data-table";
import { MarkdownView } from "./markdown-view";

export function ReportDocumentView({ doc }: { doc: ReportDocument }) {
  const s = doc.snapshot;
  const [superior, ...own] = doc.issuingBody;
  return (
    <article
      className="mx-auto max-w-5xl space-y-6 rounded-lg border border-slate-200 bg-white p-6 font-serif text-[15px] text-slate-900 shadow-sm sm:p-10"
      data-testid="report-document"
    >
      <header className="grid gap-4 text-center sm:grid-cols-[2fr_3fr]">
        <div className="text-sm leading-snug" data-testid="issuing-body">
          {superior && <p className="uppercase">{superior}</p>}
          {own.map((line, i) => (
            <p key={i} className="font-bold uppercase">
              {line}
            </p>
          ))}
          <div className="mx-auto mt-1 h-px w-24 bg-slate-900" aria-hidden="true" />
        </div>
        <div className="text-sm leading-snug">
          <p className="font-bold">{NATIONAL_MOTTO[0]}</p>
          <p className="font-bold">{NATIONAL_MOTTO[1]}</p>
          <div className="mx-auto mt-1 h-px w-48 bg-slate-900" aria-hidden="true" />
        </div>
      </header>
      <p className="text-right italic" data-testid="date-line">
        {dateLine(doc)}
      </p>
      <div className="space-y-1 text-center">
        <h1 className="text-xl font-bold">{doc.heading}</h1>
        <p className="font-bold" data-testid="report-title">
          {doc.title}
        </p>
        <p className="italic" data-testid="as-of-line">
          {asOfLine(s)}
        </p>
        <div className="mx-auto h-px w-32 bg-slate-900" aria-hidden="true" />
      </div>
      <div className="space-y-1 text-sm" data-testid="report-context">
        <p>
          <span className="font-semibold">Phạm vi:</span> {s.scopeLabel}.
        </p>
        {contextLines(s).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>

      <section aria-labelledby="muc-I" className="space-y-4">
        <h2 id="muc-I" className="font-bold">
          {NARRATIVE_SECTIONS[0].heading}
        </h2>
        {doc.narrative && <MarkdownView source={doc.narrative.results} />}

        <h3 className="font-semibold">1. Kết quả thực hiện các chỉ tiêu của Chương trình</h3>
        <DataTable
          table={targetsTable(doc)}
          caption={
            doc.previous
              ? `Biểu 1. Các chỉ tiêu (so với báo cáo ${doc.previous.periodLabel}: “${doc.previous.title}”)`
              : "Biểu 1. Các chỉ tiêu (chưa có báo cáo đã ban hành trước đó cùng phạm vi để so sánh)"
          }
        />
        {/* No bar (not a 0 bar) for a target not judged or not computable; no chart if none is. */}
        {s.targets.some((t) => t.percentOfTarget !== null) && (
          <div className="font-sans">
            <BreakdownBarChart
              rows={s.targets.map((t) => ({
                label: t.title,
                "% đạt kế hoạch":
                  t.percentOfTarget === null ? null : Math.round(Math.min(t.percentOfTarget, 150) * 10) / 10,
              }))}
              categoryKey="label"
              horizontal
              height={s.targets.length * 28 + 60}
              series={[{ key: "% đạt kế hoạch", label: "% đạt kế hoạch (tối đa hiển thị 150 %)", colour: "#1d4ed8" }]}
            />
          </div>
        )}
        <div className="grid gap-4 font-sans md:grid-cols-2 lg:grid-cols-3">
          {s.targets.map((t) => (
            <figure key={t.code} className="break-inside-avoid rounded border border-slate-200 p-2">
              <figcaption className="text-xs font-semibold">{t.title}</figcaption>
              <TargetChart
                title={t.title}
                series={t.series}
                target={s.narrowed ? null : t.target}
                horizonYear={t.horizonYear}
                trendFrom={t.trend === undefined ? undefined : (t.trend?.to ?? null)}
                projection={t.projection}
                percent={t.unit === "PERCENT"}
                colour={t.status === null ? "#475569" : PROGRESS_STATUS_COLOURS[t.status].hex}
              />
            </figure>
          ))}
        </div>

        <h3 className="font-semibold">2. Kết quả theo xã, thị trấn</h3>
        <div className="font-sans">
          <BreakdownBarChart
            rows={s.communes.map((r) => ({
              label: r.missing ? `${r.label} (chưa có số liệu)` : r.label,
              THT: r.activeTht,
              HTX: r.activeHtx,
              LHHTX: r.activeLhhtx,
            }))}
            categoryKey="label"
            horizontal
            stacked
            height={Math.max(200, s.communes.length * 28 + 60)}
            series={[
              { key: "THT", label: "Tổ hợp tác", colour: "#0f766e" },
              { key: "HTX", label: "Hợp tác xã", colour: "#1d4ed8" },
              { key: "LHHTX", label: "Liên hiệp HTX", colour: "#7c3aed" },
            ]}
          />
        </div>
        <DataTable table={communesTable(s)} caption="Biểu 2. Kết quả theo xã, thị trấn" />
        <DataTable table={typesTable(s)} caption="Biểu 3. Kết quả theo loại hình" />
        <DataTable table={sectorsTable(s)} caption="Biểu 4. Kết quả theo lĩnh vực" />

        <h3 className="font-semibold">3. Thực hiện các chính sách hỗ trợ (mục IV.2 Chương trình)</h3>
        <DataTable table={supportTable(s)} caption={`Biểu 5. ${supportTable(s).title}`} />
        <p className="text-xs text-slate-600">
          Hỗ trợ được ghi nhận theo năm: báo cáo quý, 6 tháng thể hiện số liệu từ đầu năm {s.support.year}.
        </p>

        <h3 className="font-semibold">4. Chất lượng số liệu</h3>
        <DataTable table={qualityTable(s)} caption={`Biểu 6. ${qualityTable(s).title}`} />
      </section>

      {doc.narrative &&
        NARRATIVE_SECTIONS.slice(1).map((sec) => (
          <section key={sec.key} aria-labelledby={`muc-${sec.key}`} className="space-y-2">
            <h2 id={`muc-${sec.key}`} className="font-bold">
              {sec.heading}
            </h2>
            <MarkdownView source={doc.narrative![sec.key]} />
          </section>
        ))}
    </article>
  );
}
