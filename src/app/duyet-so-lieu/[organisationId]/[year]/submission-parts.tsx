// Parts of the reviewer's page: a change as before → now, a list of records marked with
// what this submission does to them. Server components.
import type { ReactNode } from "react";
import {
  CHANGE_KIND_LABELS,
  MEMBER_EVENT_LABELS,
  type ChangeKind,
  type DescribedChange,
  type MemberEvent,
} from "@/domain/approval/describe-change";
import type { RecordLine } from "@/server/approval/get-submission";
import { RowHead, Table } from "@/app/_components/table";

const KIND_STYLE: Record<ChangeKind, string> = {
  ADDED: "border-brand-600 bg-brand-50 text-brand-900",
  CHANGED: "border-amber-400 bg-amber-50 text-amber-900",
  REMOVED: "border-red-400 bg-red-50 text-red-900",
};

export function KindBadge({ kind, text }: { kind: ChangeKind; text?: string }) {
  return (
    <span
      className={`inline-flex whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${KIND_STYLE[kind]}`}
    >
      {text ?? CHANGE_KIND_LABELS[kind]}
    </span>
  );
}

export function Part({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  /** Changes in this part; 0 shows "không thay đổi". */
  count?: number;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="flex flex-wrap items-baseline gap-2 text-lg font-semibold">
        {title}
        {count !== undefined && (
          <span className="text-sm font-normal text-slate-700">
            {count === 0 ? "— không thay đổi" : `— ${count} thay đổi`}
          </span>
        )}
      </h2>
      {children}
    </section>
  );
}

/** A changed field: the value before struck through, then the new one ("(trống)" for none). */
function BeforeAfter({ field }: { field: DescribedChange["fields"][number] }) {
  return (
    <>
      <span className="text-slate-600 line-through decoration-slate-400">{field.before ?? "(trống)"}</span>
      <span aria-hidden="true"> → </span>
      <span className="sr-only"> đổi thành </span>
      <strong>{field.after ?? "(trống)"}</strong>
    </>
  );
}

/** Fields before → now (a new row: its values; a removed row: what it held). */
export function FieldDiffs({ change }: { change: DescribedChange }) {
  if (change.fields.length === 0) return null;
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {change.fields.map((f) => (
        <div key={f.key} className="contents">
          <dt className="text-slate-700">{f.label}</dt>
          <dd>
            {change.kind === "CHANGED" ? (
              <BeforeAfter field={f} />
            ) : change.kind === "ADDED" ? (
              <strong>{f.after}</strong>
            ) : (
              <span className="line-through">{f.before}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ChangeList({ changes, empty }: { changes: DescribedChange[]; empty: string }) {
  if (changes.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-3">
      {changes.map((c) => (
        <li key={`${c.entity}-${c.rowId}`} className="space-y-1 border-l-4 border-slate-200 pl-3">
          <p className="flex flex-wrap items-center gap-2 font-semibold">
            {c.title} <KindBadge kind={c.kind} />
          </p>
          <FieldDiffs change={c} />
        </li>
      ))}
    </ul>
  );
}

/** Fields on one line: "Ngày vào: 01/09/2026 · Vốn góp: 1,5 triệu → 3 triệu đồng". */
export function InlineDiffs({ change }: { change: DescribedChange }) {
  return (
    <span>
      {change.fields.map((f, i) => (
        <span key={f.key}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <span className="text-slate-700">{f.label}: </span>
          {change.kind === "CHANGED" ? (
            <BeforeAfter field={f} />
          ) : (
            <strong className={change.kind === "REMOVED" ? "line-through" : undefined}>{f.after ?? f.before}</strong>
          )}
        </span>
      ))}
    </span>
  );
}

export function MemberChanges({ changes }: { changes: (DescribedChange & { event: MemberEvent })[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-600">Sổ thành viên không thay đổi.</p>;
  const counts = (Object.keys(MEMBER_EVENT_LABELS) as MemberEvent[])
    .map((e) => [e, changes.filter((c) => c.event === e).length] as const)
    .filter(([, n]) => n > 0)
    .map(([e, n]) => `${n} ${MEMBER_EVENT_LABELS[e].toLowerCase()}`)
    .join(", ");
  // A long list folds away (a new cooperative brings its whole register); open when short.
  return (
    <details open={changes.length <= 12} className="space-y-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">
        {changes.length} thay đổi sổ thành viên: {counts}
      </summary>
      <MemberTable changes={changes} />
    </details>
  );
}

function MemberTable({ changes }: { changes: (DescribedChange & { event: MemberEvent })[] }) {
  const kindOf: Record<MemberEvent, ChangeKind> = {
    JOIN: "ADDED",
    LEAVE: "REMOVED",
    CAPITAL: "CHANGED",
    EDIT: "CHANGED",
    REMOVED: "REMOVED",
  };
  return (
    <Table
      dense
      frame="scroll"
      testId="member-changes"
      caption="Thay đổi sổ thành viên: vào, ra, vốn góp"
      columns={["Thành viên", "Thay đổi", "Chi tiết"]}
    >
      {changes.map((c) => (
        <tr key={c.rowId} className="border-t border-slate-100 align-top">
          <RowHead dense>{c.title}</RowHead>
          <td className="px-2 py-1">
            <KindBadge kind={kindOf[c.event]} text={MEMBER_EVENT_LABELS[c.event]} />
          </td>
          <td className="px-2 py-1">
            <InlineDiffs change={{ ...c, fields: c.fields.filter((f) => f.key !== "personId") }} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

export function RecordLines({ lines, empty, testId }: { lines: RecordLine[]; empty: string; testId?: string }) {
  if (lines.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid={testId}>
      {lines.map((l) => (
        <li key={`${l.id}-${l.change ?? "same"}`} className="flex flex-wrap items-center gap-2">
          <span className={l.change === "REMOVED" ? "line-through" : "font-semibold"}>{l.title}</span>
          {l.detail && <span className="text-slate-700">{l.detail}</span>}
          {l.change ? (
            <KindBadge kind={l.change} />
          ) : (
            <span className="text-xs text-slate-600">(đã duyệt, không đổi)</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A flag again, where it applies. */
export function InlineFlags({ texts }: { texts: string[] }) {
  if (texts.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm text-amber-900">
      {texts.map((t) => (
        <li key={t}>
          <span aria-hidden="true">⚠ </span>
          <span className="sr-only">Cảnh báo: </span>
          {t}
        </li>
      ))}
    </ul>
  );
}

/** The kind of the first flag on a figure of the report, under the figure. */
export function RowFlagNote({ flags }: { flags: { kind: string }[] }) {
  if (flags.length === 0) return null;
  return (
    <span className="block text-xs font-semibold text-amber-900">
      <span aria-hidden="true">⚠ </span>
      {flags[0].kind === "JUMP" ? "biến động bất thường" : "lệch sổ thành viên"}
    </span>
  );
}
