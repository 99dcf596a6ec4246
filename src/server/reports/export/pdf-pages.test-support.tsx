// The tests of the PDF's page breaks render one piece on A4 with the report's font and
// margins, below `before` pt of empty space, and read each page's text back.
import type { ReactNode } from "react";
import { Document, Page, View, renderToBuffer } from "@react-pdf/renderer";
import { PDFParse } from "pdf-parse";
import { PDF_FONT, registerPdfFonts } from "./pdf-fonts";

/** Each page's text, `node` placed `before` pt down the first page. */
export async function pageTexts(node: ReactNode, before: number): Promise<string[]> {
  registerPdfFonts();
  const bytes = await renderToBuffer(
    <Document>
      <Page size="A4" style={{ fontFamily: PDF_FONT, fontSize: 10, padding: 57 }} wrap>
        <View style={{ height: before }} />
        {node}
      </Page>
    </Document>,
  );
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}
