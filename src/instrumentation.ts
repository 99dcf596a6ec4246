// Next.js calls register() once when a server instance starts (not during `next build`).
export async function register() {
  // Not through src/config/env.ts: Next replaces NEXT_RUNTIME at build time, which lets
  // the edge bundle drop the imports below (the env module itself needs node:fs).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ prisma }, { startStatusClock }, { startReadModel }] = await Promise.all([
    import("./server/db"),
    import("./server/organisation/status-clock"),
    import("./server/page-data/maintain"),
  ]);
  startStatusClock(prisma);
  startReadModel(prisma);
}
