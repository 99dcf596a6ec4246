// A small seeded PRNG for the demo data generator. Math.random cannot be seeded, and
// the demo data must be reproducible: the same seed must give the same database, so
// that tests, screenshots and bug reports refer to the same organisations.

/** mulberry32: 32-bit state, fast, good enough for synthetic data (not for crypto). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed with labels into a new 32-bit seed (FNV-1a), so independent streams
 *  (one per cluster, per entity kind) do not shift when another stream changes. */
export function deriveSeed(seed: number, ...labels: Array<string | number>): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (const label of labels) {
    const s = String(label);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x2f;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }

  /** A child stream, independent of how much this one has been consumed. */
  fork(...labels: Array<string | number>): Rng {
    return new Rng(deriveSeed(this.seed, ...labels));
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick() on an empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by relative weight; weights need not sum to 1. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** Approximately normal (Irwin–Hall sum of 6 uniforms): bounded tails, no log(0). */
  normal(mean = 0, sd = 1): number {
    let s = 0;
    for (let i = 0; i < 6; i++) s += this.next();
    return mean + sd * (s - 3) * Math.SQRT2;
  }

  /** Log-normal multiplier with median 1: the skewed sizes of real organisations. */
  logNormal(sd: number): number {
    return Math.exp(this.normal(0, sd));
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** `count` distinct items (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  /** A UTC-midnight date uniformly between two dates (inclusive). */
  dateBetween(from: Date, to: Date): Date {
    const a = Math.floor(from.getTime() / DAY);
    const b = Math.floor(to.getTime() / DAY);
    return new Date(this.int(a, Math.max(a, b)) * DAY);
  }
}

export const DAY = 86_400_000;
