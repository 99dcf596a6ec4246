// The value axis of a chart, the same on the web and in the PDF: it starts at 0, ends
// at a round number a little above the data and the target, and its ticks are evenly
// spaced (steps of 1, 2, 2,5 or 5 times a power of ten). The target is always readable
// on the axis: a step that makes it a tick is preferred; otherwise it gets a tick of its
// own and the regular ticks too close to it are dropped so the labels do not overlap.

export type ValueAxis = {
  /** Top of the axis (the bottom is 0). */
  max: number;
  /** Evenly spaced: 0, step, 2·step, … max. */
  ticks: number[];
  /** The ticks to label: `ticks`, plus the target when it is not one of them. */
  labels: number[];
  step: number;
};

export type AxisOptions = {
  target?: number | null;
  /** Percentages: the axis stops at 100 when the data and the target do. */
  percent?: boolean;
  /** Counts: no fractional step (no tick at 2,5 organisations). */
  integer?: boolean;
  /** At most this many intervals between ticks (default 5). */
  maxIntervals?: number;
  /** Room kept above the highest value, as a share of it (default 5 %). */
  headroom?: number;
};

const MANTISSAS = [1, 2, 2.5, 5];
/** A target closer than this share of a step to a regular tick replaces that tick: at
 *  the charts' sizes (a step is 14 pt in the PDF, 25 px on the web) two labels closer
 *  than that touch. */
const CROWDED = 0.6;

const round = (v: number) => Number(v.toPrecision(12));

function isMultiple(v: number, step: number): boolean {
  const q = v / step;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

/** Nice steps from well below to well above `top`, ascending. */
function candidateSteps(top: number, integer: boolean): number[] {
  const exp = Math.floor(Math.log10(top));
  const out: number[] = [];
  for (let e = exp - 2; e <= exp + 1; e++) {
    for (const m of MANTISSAS) {
      const s = round(m * 10 ** e);
      if (integer && !Number.isInteger(s)) continue;
      out.push(s);
    }
  }
  return out;
}

export function niceAxis(values: readonly (number | null | undefined)[], options: AxisOptions = {}): ValueAxis {
  const { target = null, percent = false, integer = false, maxIntervals = 5, headroom = 0.05 } = options;
  const finite = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const top = Math.max(0, target ?? 0, ...finite);
  if (top === 0) return build(percent ? 100 : integer ? 5 : 1, percent ? 25 : integer ? 1 : 0.2, target);
  const cap = percent && top <= 100 ? 100 : Infinity;
  const wanted = Math.min(top * (1 + headroom), cap);
  const fits = candidateSteps(top, integer)
    .map((step) => {
      let max = round(Math.ceil(round(wanted / step)) * step);
      // The headroom may not push a percentage past 100 %.
      if (max > cap) max = cap;
      return { step, max, n: Math.round(max / step) };
    })
    .filter((c) => isMultiple(c.max, c.step) && c.max >= top && c.n >= 2 && c.n <= maxIntervals);
  // Prefer 3+ intervals, then a step that makes the target a tick, then the finer step.
  const score = (c: (typeof fits)[number]) =>
    (c.n >= 3 ? 0 : 2) + (target === null || isMultiple(target, c.step) ? 0 : 1);
  const best = [...fits].sort((a, b) => score(a) - score(b) || a.step - b.step)[0];
  if (!best) return build(top, top, target);
  return build(best.max, best.step, target);
}

function build(max: number, step: number, target: number | null): ValueAxis {
  const n = Math.round(max / step);
  const ticks = Array.from({ length: n + 1 }, (_, i) => round(i * step));
  if (target === null || target <= 0 || target > max || ticks.some((t) => Math.abs(t - target) < 1e-9 * max)) {
    return { max, step, ticks, labels: ticks };
  }
  // 0 stays: the axis' origin is always labelled.
  const kept = ticks.filter((t) => t === 0 || Math.abs(t - target) >= CROWDED * step);
  return { max, step, ticks, labels: [...kept, target].sort((a, b) => a - b) };
}
