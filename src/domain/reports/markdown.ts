// A deliberately tiny Markdown subset for the narrative of a report: headings (#, ##,
// ###), paragraphs, bulleted (-, *, +, and the pasted •, –) and numbered (1.) lists,
// **bold**, *italic* and _italic_, backslash escapes. It parses into a small tree that
// the web view, the PDF and the Word export each render with their own primitives, so
// there is no HTML step at all: raw HTML in the source stays literal text, links and
// images do not exist. Pure module.

export type Inline = { text: string; bold: boolean; italic: boolean };
export type Block =
  | { type: "heading"; level: 1 | 2 | 3; content: Inline[] }
  | { type: "paragraph"; content: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] };

/** Longest narrative section accepted (characters). */
export const MARKDOWN_MAX_LENGTH = 50_000;

const ESCAPES: Record<string, string> = { "*": "\uE000", _: "\uE001", "#": "\uE002", "\\": "\uE003", "-": "\uE004" };
const UNESCAPE = new Map(Object.entries(ESCAPES).map(([k, v]) => [v, k]));

const HEADING = /^(#{1,3})\s+(.*?)\s*#*\s*$/;
// "•" and "–" too: the marks of a list pasted from Word, kept as a list, not as text.
const BULLET = /^\s{0,3}[-*+•–]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,3}[.)]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const escaped = escape(source.slice(0, MARKDOWN_MAX_LENGTH).replace(/\r\n?/g, "\n"));
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", content: parseInline(paragraph.join(" ")) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: "list", ordered: list.ordered, items: list.items.map(parseInline) });
    list = null;
  };

  for (const raw of escaped.split("\n")) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ type: "heading", level: heading[1]!.length as 1 | 2 | 3, content: parseInline(heading[2]!) });
    } else if (bullet || numbered) {
      flushParagraph();
      const ordered = !!numbered;
      const current = list as { ordered: boolean; items: string[] } | null;
      if (current && current.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
    } else if (list && /^\s+\S/.test(raw)) {
      // An indented line continues the list item above.
      const items = list.items;
      items[items.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

const BOLD = /\*\*(?=\S)([\s\S]*?\S)\*\*/;
const STAR_ITALIC = /\*(?=[^\s*])([^*]*?[^\s*])\*|\*([^\s*])\*/;
const UNDERSCORE_ITALIC = /(?<![\p{L}\p{N}])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/u;

/** Inline emphasis of one block's text, adjacent runs of the same style merged. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  walk(escape(text), false, false, out);
  const merged: Inline[] = [];
  for (const run of out) {
    const last = merged[merged.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
    else if (run.text) merged.push({ ...run });
  }
  return merged.map((r) => ({ ...r, text: unescape(r.text) }));
}

function walk(text: string, bold: boolean, italic: boolean, out: Inline[]): void {
  let rest = text;
  while (rest) {
    const candidates = [
      { m: BOLD.exec(rest), kind: "bold" as const },
      { m: STAR_ITALIC.exec(rest), kind: "italic" as const },
      { m: UNDERSCORE_ITALIC.exec(rest), kind: "italic" as const },
    ].filter((c): c is { m: RegExpExecArray; kind: "bold" | "italic" } => c.m !== null);
    if (candidates.length === 0) {
      out.push({ text: rest, bold, italic });
      return;
    }
    // The earliest marker wins; at the same position "**" beats "*".
    candidates.sort((a, b) => a.m.index - b.m.index || (a.kind === "bold" ? -1 : 1));
    const { m, kind } = candidates[0]!;
    if (m.index > 0) out.push({ text: rest.slice(0, m.index), bold, italic });
    const inner = m[1] ?? m[2] ?? "";
    walk(inner, bold || kind === "bold", italic || kind === "italic", out);
    rest = rest.slice(m.index + m[0].length);
  }
}

/** Backslash escapes become private-use characters until the runs are built (idempotent). */
function escape(s: string): string {
  return s.replace(/\\([*_#\\-])/g, (_, c: string) => ESCAPES[c]!);
}

function unescape(s: string): string {
  return s.replace(/[\uE000-\uE004]/g, (c) => UNESCAPE.get(c) ?? c);
}
