// Next.js calls register() once when a server instance starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ prisma }, { startStatusClock }, { startReadModel }] = await Promise.all([
    import("./server/db"),
    import("./server/organisation/status-clock"),
    import("./server/read-model/maintain"),
  ]);
  startStatusClock(prisma);
  startReadModel(prisma);
}
