// A record dated after its unit ceased to exist is refused, with the unit that took it over
// named (issue 11: a cooperative founded 15/03/2026 in Bình Phú, nine months after that
// commune was merged into Phú Thành, was accepted and counted under Phú Thành silently).
import type { Prisma } from "@/generated/prisma/client";
import { formatDate } from "@/domain/format/date";
import { unitExistsOn, unitHoldingOn, unitLabel } from "@/domain/territory/unit-label";
import { AppError } from "../errors";

type Tx = Prisma.TransactionClient;

/** Refuses when `unitId` did not exist on `day` (YYYY-MM-DD); the error is on `field`. */
export async function assertUnitExistsOn(
  tx: Tx,
  unitId: number,
  day: string,
  field: string,
  what: string,
  /** Say the day after `what` ("tổ chức thành lập ngày 15/03/2026"). */
  withDay = true,
) {
  const units = await tx.areaUnit.findMany({
    where: { level: "COMMUNE" },
    select: { id: true, kind: true, name: true, validFrom: true, validTo: true, successorId: true },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const unit = byId.get(unitId);
  if (!unit || unitExistsOn(unit, day)) return;
  const holder = unitHoldingOn(unit, day, byId);
  const message =
    unit.validTo && unit.validTo.toISOString().slice(0, 10) < day
      ? `${unitLabel(unit, byId)}: đơn vị này thôi tồn tại từ ${formatDate(new Date(unit.validTo.getTime() + 86_400_000))}, nên ${what}${withDay ? ` ngày ${formatDate(day)}` : ""} phải ghi ${holder.id !== unit.id ? `${holder.kind.toLowerCase()} ${holder.name}` : "đơn vị hiện nay"}`
      : `${unit.kind} ${unit.name} chỉ có từ ${formatDate(unit.validFrom)}; ${what}${withDay ? ` ngày ${formatDate(day)}` : ""} phải ghi đơn vị cũ ở nơi đó`;
  throw new AppError("INVALID", message, { [field]: [message] });
}

/** Refuses a yearly figure of a commune for a year it did not exist in at all. */
export async function assertUnitExistsInYear(tx: Tx, unitId: number, year: number, field: string, what: string) {
  const unit = await tx.areaUnit.findUnique({
    where: { id: unitId },
    select: { level: true, validFrom: true, validTo: true },
  });
  if (!unit || unit.level !== "COMMUNE") return;
  if (unit.validTo && unit.validTo.getUTCFullYear() < year)
    await assertUnitExistsOn(tx, unitId, `${year}-01-01`, field, what, false);
  else if (unit.validFrom.getUTCFullYear() > year)
    await assertUnitExistsOn(tx, unitId, `${year}-12-31`, field, what, false);
}
