// A report laid out as a formal Vietnamese administrative document (Nghị định
// 30/2020/NĐ-CP style): issuing body and national motto side by side, "Số" under the
// first and place and date under the second, the title, "tính đến ngày", the sections
// (each with an anchor, #muc-<key>, that comments point to), then "Nơi nhận" and the
// signature block. Everything comes from the frozen
// snapshot. The charts are the dashboard's own components; every chart has the same
// numbers in a table next to it.
import { asOfLine, contextLines, dateLine, NATIONAL_MOTTO, type ReportDocument } from "@/domain/reports/document";
import {
  communesTable,
  qualityTable,
  sectorsTable,
  supportTable,
  targetsTable,
  typesTable,
} from "@/domain/reports/tables";
import { NARRATIVE_SECTIONS, type ReportSectionKey } from "@/domain/reports/sections";
import type { ReactNode } from "react";
import { PROGRESS_STATUS_COLOURS } from "@/domain/targets/labels";
import { numberLine } from "@/domain/reports/letterhead";
import { BreakdownBarChart, TargetChart } from "../../_components/dashboard/lazy-charts";
import { DataTable } from "./data-table";
import { MarkdownView } from "./markdown-view";

type Props = {
  doc: ReportDocument;
  /** Shown at the end of each section (its comments), by section key. */
  sectionFooter?: (key: ReportSectionKey) => ReactNode;
};

export function ReportDocumentView({ doc, sectionFooter }: Props) {
  const s = doc.snapshot;
  const footer = (key: ReportSectionKey) => sectionFooter?.(key) ?? null;
  return (
    <article
      className="mx-auto max-w-5xl space-y-6 rounded-lg border border-slate-200 bg-white p-6 font-serif text-[15px] text-slate-900 shadow-sm sm:p-10"
      data-testid="report-document"
    >
      <header className="grid gap-x-4 gap-y-2 text-center sm:grid-cols-[2fr_3fr]">
        <div className="text-sm leading-snug" data-testid="issuing-body">
          {doc.parentBody && <p className="uppercase">{doc.parentBody}</p>}
          {doc.issuingBody.map((line, i) => (
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
        <p className="text-sm whitespace-pre" data-testid="document-number">
          {doc.formal ? numberLine(doc.formal.documentNumber) : ""}
        </p>
        <p className="italic" data-testid="date-line">
          {dateLine(doc)}
        </p>
      </header>
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

      <section id="muc-ket-qua" aria-labelledby="tieu-de-ket-qua" className="space-y-4">
        <h2 id="tieu-de-ket-qua" className="font-bold">
          {NARRATIVE_SECTIONS[0].heading}
        </h2>
        {doc.narrative && <MarkdownView source={doc.narrative.results} />}
        {footer("ket-qua")}
      </section>

      <section id="muc-chi-tieu" aria-labelledby="tieu-de-chi-tieu" className="space-y-4">
        <h3 id="tieu-de-chi-tieu" className="font-semibold">
          1. Kết quả thực hiện các chỉ tiêu của Chương trình
        </h3>
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

        {footer("chi-tieu")}
      </section>

      <section id="muc-dia-ban" aria-labelledby="tieu-de-dia-ban" className="space-y-4">
        <h3 id="tieu-de-dia-ban" className="font-semibold">
          2. Kết quả theo xã, thị trấn, loại hình và lĩnh vực
        </h3>
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

        {footer("dia-ban")}
      </section>

      <section id="muc-ho-tro" aria-labelledby="tieu-de-ho-tro" className="space-y-4">
        <h3 id="tieu-de-ho-tro" className="font-semibold">
          3. Thực hiện các chính sách hỗ trợ (mục IV.2 Chương trình)
        </h3>
        <DataTable table={supportTable(s)} caption={`Biểu 5. ${supportTable(s).title}`} />
        <p className="text-xs text-slate-600">
          Hỗ trợ được ghi nhận theo năm: báo cáo quý, 6 tháng thể hiện số liệu từ đầu năm {s.support.year}.
        </p>

        {footer("ho-tro")}
      </section>

      <section id="muc-chat-luong" aria-labelledby="tieu-de-chat-luong" className="space-y-4">
        <h3 id="tieu-de-chat-luong" className="font-semibold">
          4. Chất lượng số liệu
        </h3>
        <DataTable table={qualityTable(s)} caption={`Biểu 6. ${qualityTable(s).title}`} />
        {footer("chat-luong")}
      </section>

      {doc.narrative &&
        NARRATIVE_SECTIONS.slice(1).map((sec) => (
          <section
            key={sec.key}
            id={`muc-${sec.section}`}
            aria-labelledby={`tieu-de-${sec.section}`}
            className="space-y-2"
          >
            <h2 id={`tieu-de-${sec.section}`} className="font-bold">
              {sec.heading}
            </h2>
            <MarkdownView source={doc.narrative![sec.key]} />
            {footer(sec.section)}
          </section>
        ))}

      {doc.formal && (
        <footer className="grid gap-6 pt-4 sm:grid-cols-2" data-testid="signature-area">
          <div className="text-xs leading-snug" data-testid="recipients">
            <p className="text-sm font-bold italic">Nơi nhận:</p>
            <ul>
              {doc.formal.recipients.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
          <div className="text-center" data-testid="signature">
            {doc.formal.signature.heading.map((line) => (
              <p key={line} className="font-bold">
                {line}
              </p>
            ))}
            {doc.status === "DRAFT" && <p className="text-xs text-slate-500 italic">(dự thảo: chưa ký)</p>}
            <div className="h-20" aria-hidden="true" />
            <p className="font-bold">{doc.formal.signature.name}</p>
          </div>
        </footer>
      )}
    </article>
  );
}
