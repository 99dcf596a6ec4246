// Be Vietnam Pro for the PDF, read from the installed TTF files at run time (the
// @expo-google-fonts package ships full files with every Vietnamese glyph). Registered
// once per process.
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const PDF_FONT = "Be Vietnam Pro";
let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  const dir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "be-vietnam-pro");
  const file = (name: string) => path.join(dir, name, `BeVietnamPro_${name}.ttf`);
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: file("400Regular") },
      { src: file("400Regular_Italic"), fontStyle: "italic" },
      { src: file("700Bold"), fontWeight: 700 },
      { src: file("700Bold_Italic"), fontWeight: 700, fontStyle: "italic" },
    ],
  });
  // Vietnamese is written in syllables separated by spaces: never hyphenate inside one.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
