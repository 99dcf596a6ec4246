// The report as an A4 PDF: the formal title block, the narrative, the tables and the
// charts, "Trang x/y" at the foot of every page. Vietnamese text needs the registered
// Be Vietnam Pro font (the PDF standard fonts have no Vietnamese glyphs).
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import {
  asOfLine,
  contextLines,
  dateLine,
  issuerText,
  NATIONAL_MOTTO,
  type ReportDocument,
} from "@/domain/reports/document";
import { allTables } from "@/domain/reports/tables";
import { NARRATIVE_SECTIONS } from "@/domain/reports/sections";
import { numberLine } from "@/domain/reports/letterhead";
import { PDF_FONT, registerPdfFonts } from "./pdf-fonts";
import { CommuneBarChart, PercentOfTargetChart, TargetLineChart } from "./pdf-charts";
import { FIGURE_TITLES } from "./chart-model";
import { PdfTable } from "./pdf-table";
import { narrativeStyles, PdfClosing, PdfMarkdown, SignatureArea } from "./pdf-narrative";

const s = StyleSheet.create({
  // Margins of Nghị định 30/2020/NĐ-CP: left 30 mm, right 15 mm, top and bottom 20 mm.
  // No lineHeight here: inherited by the page-number Text (render prop), it makes
  // react-pdf 4.9 drop that text from every page. Paragraphs set their own.
  page: {
    fontFamily: PDF_FONT,
    fontSize: 10,
    paddingTop: 57,
    paddingBottom: 57,
    paddingLeft: 85,
    paddingRight: 43,
  },
  header: { flexDirection: "row", justifyContent: "space-between", textAlign: "center", fontSize: 9.5 },
  rule: { borderBottomWidth: 0.7, borderBottomColor: "#000", alignSelf: "center", marginTop: 5 },
  h1: { fontSize: 14, fontWeight: 700, textAlign: "center", marginTop: 10 },
  h2: narrativeStyles.h2,
  h3: narrativeStyles.h3,
  footer: { position: "absolute", bottom: 25, left: 0, right: 0, fontSize: 8, textAlign: "center" },
  draftMark: { position: "absolute", top: 22, right: 43, fontSize: 9, color: "#b91c1c", fontWeight: 700 },
});

export function ReportPdf({ doc }: { doc: ReportDocument }) {
  const snap = doc.snapshot;
  const [targets, communes, types, sectors, support, quality] = allTables(doc);
  return (
    <Document title={`${doc.heading} ${doc.title}`} author={issuerText(doc)} language="vi">
      <Page size="A4" style={s.page} wrap>
        <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `Trang ${pageNumber}/${totalPages}`} />
        {doc.status === "DRAFT" && (
          <Text style={s.draftMark} fixed>
            DỰ THẢO
          </Text>
        )}
        {/* Ô số 1-5 of NĐ 30/2020: bodies | motto, then "Số" | place and date. */}
        <View style={s.header}>
          <View style={{ width: "42%" }}>
            {doc.parentBody && <Text>{doc.parentBody.toUpperCase()}</Text>}
            {doc.issuingBody.map((l, i) => (
              <Text key={i} style={{ fontWeight: 700 }}>
                {l.toUpperCase()}
              </Text>
            ))}
            <View style={[s.rule, { width: 60 }]} />
            {doc.formal && <Text style={{ marginTop: 6 }}>{numberLine(doc.formal.documentNumber)}</Text>}
          </View>
          <View style={{ width: "56%" }}>
            <Text style={{ fontWeight: 700 }}>{NATIONAL_MOTTO[0]}</Text>
            <Text style={{ fontWeight: 700, fontSize: 10.5 }}>{NATIONAL_MOTTO[1]}</Text>
            <View style={[s.rule, { width: 130 }]} />
            <Text style={{ fontStyle: "italic", marginTop: 6 }}>{dateLine(doc)}</Text>
          </View>
        </View>
        <Text style={s.h1}>{doc.heading}</Text>
        <Text style={{ textAlign: "center", fontWeight: 700 }}>{doc.title}</Text>
        <Text style={{ textAlign: "center", fontStyle: "italic" }}>{asOfLine(snap)}</Text>
        <View style={[s.rule, { width: 90, marginBottom: 8 }]} />
        <Text style={{ marginBottom: 2 }}>Phạm vi: {snap.scopeLabel}.</Text>
        {contextLines(snap).map((line, i) => (
          <Text key={i} style={{ marginBottom: 2, fontSize: 9 }}>
            {line}
          </Text>
        ))}

        <Text style={s.h2}>{doc.narrative ? NARRATIVE_SECTIONS[0].heading : "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"}</Text>
        {doc.narrative && <PdfMarkdown source={doc.narrative.results} />}
        <Text style={s.h3}>1. Kết quả thực hiện các chỉ tiêu của Chương trình</Text>
        <PdfTable
          table={targets!}
          caption={
            doc.previous ? `Biểu 1. Các chỉ tiêu (so với báo cáo ${doc.previous.periodLabel})` : "Biểu 1. Các chỉ tiêu"
          }
        />
        {snap.targets.some((t) => t.percentOfTarget !== null) && <PercentOfTargetChart targets={snap.targets} />}
        {/* 140 pt: one row of small charts (title, 80 pt plot, axis line, margin) must follow the caption on its page */}
        <Text style={{ fontWeight: 700, fontSize: 9, marginTop: 4, marginBottom: 3 }} minPresenceAhead={140}>
          {FIGURE_TITLES.lines(snap.narrowed === true)}
        </Text>
        <View style={{ flexDirection: "row", flexWrap: "wrap", justifyContent: "space-between" }}>
          {snap.targets.map((t) => (
            <TargetLineChart key={t.code} t={t} showTarget={!snap.narrowed} />
          ))}
        </View>

        <Text style={s.h3} minPresenceAhead={120}>
          2. Kết quả theo xã, thị trấn, loại hình và lĩnh vực
        </Text>
        <CommuneBarChart rows={snap.communes} />
        <PdfTable table={communes!} caption="Biểu 2. Kết quả theo xã, thị trấn" />
        <PdfTable table={types!} caption="Biểu 3. Kết quả theo loại hình" />
        <PdfTable table={sectors!} caption="Biểu 4. Kết quả theo lĩnh vực" />

        <Text style={s.h3} minPresenceAhead={120}>
          3. Thực hiện các chính sách hỗ trợ (mục IV.2 Chương trình)
        </Text>
        <PdfTable table={support!} caption={`Biểu 5. ${support!.title}`} />
        <Text style={s.h3} minPresenceAhead={120}>
          4. Chất lượng số liệu
        </Text>
        <PdfTable table={quality!} caption={`Biểu 6. ${quality!.title}`} />

        {doc.narrative &&
          NARRATIVE_SECTIONS.slice(1, -1).map((sec) => (
            <View key={sec.key}>
              <Text style={s.h2} minPresenceAhead={40}>
                {sec.heading}
              </Text>
              <PdfMarkdown source={doc.narrative![sec.key]} />
            </View>
          ))}
        {/* the last section and the signature, which keeps at least its last paragraph */}
        {doc.narrative && (
          <PdfClosing
            heading={NARRATIVE_SECTIONS[2].heading}
            source={doc.narrative[NARRATIVE_SECTIONS[2].key]}
            formal={doc.formal}
            draft={doc.status === "DRAFT"}
          />
        )}
        {!doc.narrative && doc.formal && <SignatureArea formal={doc.formal} draft={doc.status === "DRAFT"} />}
      </Page>
    </Document>
  );
}

export async function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<ReportPdf doc={doc} />);
}
