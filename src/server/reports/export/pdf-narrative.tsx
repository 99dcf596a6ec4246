// The written parts of a report in the PDF, laid out as the Word export lays them out
// (Nghị định 30/2020 style): paragraphs justified with their first line indented 10 mm;
// list items as real list items, a dash ("-", the usual mark of Vietnamese administrative
// texts) or "1." hanging at 5 mm and the text at 10 mm, its wrapped lines aligned under
// it. And the end of a report: its last section, then "Nơi nhận" and the signature
// block, which never stand alone at the top of a page.
import { cloneElement, type ReactElement } from "react";
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import { parseMarkdown, type Block, type Inline } from "@/domain/reports/markdown";
import type { ReportDocument } from "@/domain/reports/document";

const MM = 72 / 25.4;

/** Body text: 10 pt, lines 1.35 apart. react-pdf resolves a unitless lineHeight against
 *  the fontSize of the same style, 18 pt when it has none: both are given together. */
const BODY = { fontSize: 10, lineHeight: 1.35 };

export const narrativeStyles = StyleSheet.create({
  h2: { fontSize: 11, fontWeight: 700, marginTop: 10, marginBottom: 4 },
  h3: { fontSize: 10, fontWeight: 700, marginTop: 8, marginBottom: 3 },
  para: { ...BODY, textAlign: "justify", marginBottom: 4, textIndent: 10 * MM },
  item: { flexDirection: "row", marginBottom: 2 },
  marker: BODY,
  itemText: { ...BODY, flex: 1, textAlign: "justify" },
  empty: { fontStyle: "italic", color: "#64748b" },
});
const s = narrativeStyles;

/** Where a list item's text starts, as in the Word export's lists. */
const LIST_TEXT_AT = 10 * MM;

/** `indent`: the paragraph's first-line indent. react-pdf 4.9 takes it from the first
 *  run, and a nested Text does not inherit textIndent, so the first run carries it. */
function Runs({ content, indent }: { content: Inline[]; indent?: number }) {
  return (
    <>
      {content.map((r, i) => (
        <Text
          key={i}
          style={{
            fontWeight: r.bold ? 700 : 400,
            fontStyle: r.italic ? "italic" : "normal",
            ...(i === 0 && indent ? { textIndent: indent } : {}),
          }}
        >
          {r.text}
        </Text>
      ))}
    </>
  );
}

/** One element per heading, paragraph and list item, so that the last of them can be
 *  kept with what follows it (react-pdf keeps an element with its next siblings only). */
function pieces(blocks: Block[]): ReactElement[] {
  return blocks.flatMap((b, i) => {
    if (b.type === "heading")
      return [
        <Text key={i} style={s.h3} minPresenceAhead={30}>
          <Runs content={b.content} />
        </Text>,
      ];
    if (b.type === "paragraph")
      return [
        <Text key={i} style={s.para}>
          <Runs content={b.content} indent={s.para.textIndent} />
        </Text>,
      ];
    // "10." needs a wider column than "-" or "9."
    const marker = b.ordered && b.items.length >= 10 ? 7 * MM : 5 * MM;
    return b.items.map((item, j) => (
      <View
        key={`${i}-${j}`}
        style={[s.item, { paddingLeft: LIST_TEXT_AT - marker }, j === b.items.length - 1 ? { marginBottom: 4 } : {}]}
      >
        <Text style={[s.marker, { width: marker }]}>{b.ordered ? `${j + 1}.` : "-"}</Text>
        <Text style={s.itemText}>
          <Runs content={item} />
        </Text>
      </View>
    ));
  });
}

const EMPTY = "(Chưa có nội dung)";

/** A written part of the report. */
export function PdfMarkdown({ source }: { source: string }) {
  const blocks = parseMarkdown(source);
  if (blocks.length === 0) return <Text style={s.empty}>{EMPTY}</Text>;
  return <View>{pieces(blocks)}</View>;
}

/** "Nơi nhận" (left, small) and the signature block (right), kept together on one page. */
export function SignatureArea({ formal, draft }: { formal: NonNullable<ReportDocument["formal"]>; draft: boolean }) {
  return (
    <View style={{ flexDirection: "row", justifyContent: "space-between", marginTop: 14 }} wrap={false}>
      <View style={{ width: "45%" }}>
        <Text style={{ fontWeight: 700, fontStyle: "italic", fontSize: 9.5 }}>Nơi nhận:</Text>
        {formal.recipients.map((r, i) => (
          <Text key={i} style={{ fontSize: 8 }}>
            {r}
          </Text>
        ))}
      </View>
      <View style={{ width: "50%", textAlign: "center" }}>
        {formal.signature.heading.map((l, i) => (
          <Text key={i} style={{ fontWeight: 700 }}>
            {l}
          </Text>
        ))}
        <Text style={{ fontSize: 8, fontStyle: "italic", color: "#64748b", marginTop: 2 }}>
          {draft ? "(dự thảo: chưa ký)" : " "}
        </Text>
        <View style={{ height: 56 }} />
        <Text style={{ fontWeight: 700 }}>{formal.signature.name}</Text>
      </View>
    </View>
  );
}

/** More than a page: "everything after me on my page", which react-pdf caps at the end of
 *  the last following sibling (here the signature block). */
const ALL_THAT_FOLLOWS = 2000;

/** Room a heading needs below it: three lines of text, which a paragraph of three lines
 *  needs whole (react-pdf leaves at least two lines on either side of a break). */
const HEADING_AHEAD = 48;

/**
 * The report's last section and, with a formal report, its signature. A fragment: the
 * section's heading, paragraphs and list items and the signature block are siblings on
 * the page, so react-pdf can move the last paragraph (or list item) to the next page
 * when the signature block would not fit after it: the signature then starts its page
 * below at least that paragraph, never alone. A section of one piece moves with its
 * heading.
 */
export function PdfClosing({
  heading,
  source,
  formal,
  draft,
}: {
  heading: string;
  source: string;
  formal: ReportDocument["formal"];
  draft: boolean;
}) {
  const blocks = parseMarkdown(source);
  const body = blocks.length
    ? pieces(blocks)
    : [
        <Text key="empty" style={s.empty}>
          {EMPTY}
        </Text>,
      ];
  const keep = formal ? ALL_THAT_FOLLOWS : undefined;
  const last = body.length - 1;
  return (
    <>
      <Text style={s.h2} minPresenceAhead={body.length === 1 && keep ? keep : HEADING_AHEAD}>
        {heading}
      </Text>
      {body.map((piece, i) =>
        i === last && keep
          ? cloneElement(piece as ReactElement<{ minPresenceAhead?: number }>, { minPresenceAhead: keep })
          : piece,
      )}
      {formal && <SignatureArea formal={formal} draft={draft} />}
    </>
  );
}
