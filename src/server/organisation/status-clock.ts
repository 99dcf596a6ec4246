// Runs syncCurrentStatuses() when the server starts and then every hour, so a status
// change dated in the future takes effect in lists and counts on its day (at most an
// hour after midnight in Vietnam) without anyone opening the organisation.
import type { PrismaClient } from "@/generated/prisma/client";
import { runPeriodically } from "../background";
import { syncCurrentStatuses } from "./current-status";

export function startStatusClock(prisma: PrismaClient): void {
  runPeriodically(
    "Không cập nhật được trạng thái hiện tại của tổ chức",
    60 * 60 * 1000,
    async () => {
      const n = await syncCurrentStatuses(prisma);
      if (n > 0) console.log(`Trạng thái tổ chức: ${n} thay đổi đã đến ngày hiệu lực được áp dụng.`);
    },
    { once: { prisma, name: "status-clock" } },
  );
}
