// The report narrative on screen: the parsed Markdown subset rendered as React
// elements. Text only ever becomes text nodes (React escapes it), so a "<script>" typed
// by an author is shown as written, never run; there is no dangerouslySetInnerHTML.
import { Fragment } from "react";
import { parseMarkdown, type Inline } from "@/domain/reports/markdown";

function Runs({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((r, i) => {
        let node: React.ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}

export function MarkdownView({ source, emptyText = "(Chưa có nội dung)" }: { source: string; emptyText?: string }) {
  const blocks = parseMarkdown(source);
  if (blocks.length === 0) return <p className="italic text-slate-500">{emptyText}</p>;
  return (
    <div className="space-y-2 leading-relaxed">
      {blocks.map((b, i) => {
        switch (b.type) {
          case "heading": {
            const H = (["h4", "h5", "h6"] as const)[b.level - 1];
            return (
              <H key={i} className="font-semibold">
                <Runs content={b.content} />
              </H>
            );
          }
          case "paragraph":
            return (
              <p key={i} className="text-justify indent-8">
                <Runs content={b.content} />
              </p>
            );
          case "list": {
            const L = b.ordered ? "ol" : "ul";
            return (
              <L key={i} className={`${b.ordered ? "list-decimal" : "list-disc"} space-y-1 pl-8`}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    <Runs content={item} />
                  </li>
                ))}
              </L>
            );
          }
        }
      })}
    </div>
  );
}
