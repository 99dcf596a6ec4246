// Periodic work of a running server (started from src/instrumentation.ts): run once at
// start, then every `everyMs`, never two runs of the same task at once, failures logged
// and retried on the next tick. The timer does not keep the process alive.
export function runPeriodically(label: string, everyMs: number, task: () => Promise<void>): void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await task();
    } catch (err) {
      console.error(`${label}:`, err);
    } finally {
      running = false;
    }
  };
  void run();
  setInterval(() => void run(), everyMs).unref();
}
