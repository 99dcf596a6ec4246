// The overview's sections under the first screen (the cards, the breakdowns, the ratings):
// all of their figures are in the HTML, but a phone need not do their work up front.
// - <Activity>: React hydrates the boundary after the rest of the page, at a low priority
//   and in slices of a few milliseconds, instead of in one long task (Lighthouse's TBT);
//   a click inside it hydrates it at once. Unlike <Suspense> its content stays in place in
//   the HTML stream: no fallback, no late reveal.
// - content-visibility: auto (globals.css): the browser lays out and paints the section
//   only when it comes near the screen; the first layout of the whole page was the
//   longest task of the load.
// docs/performance.md has the numbers.
import { Activity, type ReactNode } from "react";

export function BelowTheFold({ className = "", children }: { className?: string; children: ReactNode }) {
  return (
    <Activity>
      <div className={`below-the-fold ${className}`}>{children}</div>
    </Activity>
  );
}
