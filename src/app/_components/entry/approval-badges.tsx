// Approval badges: changes not yet approved are shown as such, never as settled data.
// "Chờ duyệt": sent, waiting for the district; "Chưa gửi duyệt": entered by the commune,
// not sent yet. Server component (no state).

const base = "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold";

export function WaitingBadge({ count }: { count?: number }) {
  return (
    <span className={`${base} border border-amber-400 bg-amber-50 text-amber-900`} data-testid="badge-waiting">
      Chờ duyệt
      {count !== undefined && <span className="sr-only">: {count} thay đổi đang chờ huyện duyệt</span>}
    </span>
  );
}

export function UnsentBadge({ count }: { count?: number }) {
  return (
    <span className={`${base} border border-slate-400 bg-slate-100 text-slate-800`} data-testid="badge-unsent">
      Chưa gửi duyệt
      {count !== undefined && <span className="sr-only">: {count} thay đổi chưa gửi huyện</span>}
    </span>
  );
}

/** Both, as they apply: an organisation with changes waiting and others not sent. */
export function PendingBadges({ waiting, unsent }: { waiting: number; unsent: number }) {
  if (waiting === 0 && unsent === 0) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {waiting > 0 && <WaitingBadge count={waiting} />}
      {unsent > 0 && <UnsentBadge count={unsent} />}
    </span>
  );
}

/** A row's own mark: null when the row is approved. */
export function RowBadge({ mark }: { mark: { waiting: boolean } | null | undefined }) {
  if (!mark) return null;
  return mark.waiting ? <WaitingBadge /> : <UnsentBadge />;
}
