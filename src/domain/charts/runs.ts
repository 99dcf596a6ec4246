/** Runs of consecutive points with a value: a year with nothing reported breaks the line. */
export function valueRuns<P extends { value: number | null; missing?: boolean }>(
  series: readonly P[],
): (P & { value: number })[][] {
  const out: (P & { value: number })[][] = [];
  let run: (P & { value: number })[] = [];
  for (const p of series) {
    if (p.value === null || p.missing) {
      if (run.length) out.push(run);
      run = [];
    } else run.push(p as P & { value: number });
  }
  if (run.length) out.push(run);
  return out;
}
