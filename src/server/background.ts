// Periodic work of a running server (started from src/instrumentation.ts): run once at
// start, then every `everyMs`, never two runs of the same task at once in a process,
// failures logged and retried on the next tick. The timer does not keep the process
// alive. With `once` (a database), a task that maintains shared data runs once per
// period across every instance serving that database (claimRun), not once per instance.
import { hostname } from "node:os";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/config/env";

type Options = { once?: { prisma: PrismaClient; name: string } };

export function runPeriodically(label: string, everyMs: number, task: () => Promise<void>, opts: Options = {}): void {
  // For the tests of several instances: a shorter period for every task.
  everyMs = env().KTT_BACKGROUND_PERIOD_MS ?? everyMs;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      if (opts.once && !(await claimRun(opts.once.prisma, opts.once.name, everyMs))) return;
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

/**
 * Takes this period's turn of a task shared by several instances: true for exactly one
 * caller per period (the row's update is atomic; a caller that finds it done less than
 * 90 % of a period ago gets false). An instance that died mid-run is replaced at the
 * next period.
 */
export async function claimRun(prisma: PrismaClient, name: string, everyMs: number): Promise<boolean> {
  const by = `${hostname()}:${process.pid}`;
  const claimed = await prisma.$executeRaw`
    INSERT INTO "BackgroundTask" (name, "ranAt", runs, "ranBy") VALUES (${name}, now(), 1, ${by})
    ON CONFLICT (name) DO UPDATE SET "ranAt" = now(), runs = "BackgroundTask".runs + 1, "ranBy" = EXCLUDED."ranBy"
    WHERE "BackgroundTask"."ranAt" <= now() - ${Math.round(everyMs * 0.9)}::int * interval '1 millisecond'`;
  return claimed === 1;
}
