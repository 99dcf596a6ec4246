// Cells of the overview's tables of figures: right-aligned numbers, and one cell across
// a row that has no data ("chưa có số liệu", never 0).
import { formatInteger } from "@/domain/format/number";

export function MissingCells({
  span,
  text = "Chưa có số liệu",
  testId,
}: {
  span: number;
  text?: string;
  testId?: string;
}) {
  return (
    <td colSpan={span} className="px-2 py-1 text-right italic text-slate-600" data-testid={testId}>
      {text}
    </td>
  );
}

export function CountCells({ values }: { values: number[] }) {
  return values.map((n, i) => (
    <td key={i} className="px-2 py-1 text-right">
      {formatInteger(n)}
    </td>
  ));
}
