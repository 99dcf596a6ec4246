// A table of the PDF: its caption, a header row repeated at the top of every page the
// table runs onto, the rows (never split) and the total row. A caption and the header
// are never left alone at the foot of a page.
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import { formatCell, type Table } from "@/domain/reports/tables";

const s = StyleSheet.create({
  caption: { fontSize: 9, fontWeight: 700, marginBottom: 2 },
  table: { borderTopWidth: 0.5, borderLeftWidth: 0.5, borderColor: "#334155", marginBottom: 6 },
  row: { flexDirection: "row" },
  head: { flexDirection: "row", backgroundColor: "#e2e8f0" },
  cell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: "#334155",
    paddingHorizontal: 2,
    paddingVertical: 1.5,
    fontSize: 7.5,
  },
});

/** Room the caption needs below it on its page: a header of up to three lines and two
 *  rows. The caption is the only guard: react-pdf never moves a `fixed` element. */
const CAPTION_AHEAD = 60;

export function PdfTable({ table, caption }: { table: Table; caption: string }) {
  const widths = table.columns.map((c) => c.width);
  const cell = (i: number, align: "left" | "right" | "center", bold = false) => [
    s.cell,
    { flexGrow: widths[i], flexBasis: 0, textAlign: align, fontWeight: bold ? 700 : 400 },
  ];
  const align = (i: number, kind: string) => (kind === "text" && table.columns[i]!.kind === "text" ? "left" : "right");
  // A fragment, not a View: react-pdf only moves a caption to the next page when it
  // has earlier siblings (the page's content before the table).
  return (
    <>
      <Text style={s.caption} minPresenceAhead={CAPTION_AHEAD}>
        {caption}
      </Text>
      <View style={s.table}>
        {/* fixed inside the table's View: react-pdf repeats it on every page the table spans. */}
        <View style={s.head} fixed wrap={false}>
          {table.columns.map((c, i) => (
            <Text key={i} style={cell(i, "center", true)}>
              {c.header}
            </Text>
          ))}
        </View>
        {table.rows.map((row, r) => (
          <View key={r} style={s.row} wrap={false}>
            {row.map((c, i) => (
              <Text key={i} style={cell(i, align(i, c.kind))}>
                {formatCell(c)}
              </Text>
            ))}
          </View>
        ))}
        {table.footer && (
          <View style={s.row} wrap={false}>
            {table.footer.map((c, i) => (
              <Text key={i} style={cell(i, align(i, c.kind), true)}>
                {c.v === "" ? "" : formatCell(c)}
              </Text>
            ))}
          </View>
        )}
      </View>
    </>
  );
}
