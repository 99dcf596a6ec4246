import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canManageReports } from "@/server/reports/report-permissions";
import { getScopeUnits, PROGRAMME_SCOPE_CODE } from "@/server/territory/get-scope-units";
import { compareVietnamese } from "@/domain/format/collate";
import { groupUnitsForPicker } from "@/domain/territory/unit-label";
import { FIRST_PROGRAMME_YEAR } from "@/domain/quality/params";
import { Forbidden } from "../../_components/forbidden";
import { CreateReportForm } from "./create-report-form";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { defaultPeriod } from "@/domain/reports/period";
import { documentCode } from "@/domain/reports/letterhead";
import { getLetterhead } from "@/server/settings/report-letterhead";
import { listProgrammes } from "@/server/programmes/get-programme";

export const metadata: Metadata = { title: "Lập báo cáo" };

export default async function NewReportPage() {
  const viewer = await requireViewer();
  if (!canManageReports(viewer)) {
    return <Forbidden message="Chỉ cán bộ huyện hoặc quản trị viên được lập báo cáo." />;
  }
  const today = todayIsoInVietnam();
  const [{ units }, letterhead, programmes] = await Promise.all([
    getScopeUnits(prisma, PROGRAMME_SCOPE_CODE),
    getLetterhead(prisma),
    listProgrammes(prisma),
  ]);
  const years: number[] = [];
  for (let y = Number(today.slice(0, 4)); y >= FIRST_PROGRAMME_YEAR; y--) years.push(y);
  // current communes first, dissolved ones apart and marked with where they count today
  const { current, former } = groupUnitsForPicker(units, compareVietnamese);
  const communes = [...current, ...former].map((u) => ({ id: u.id, label: u.label, former: !!u.validTo }));
  return (
    <div className="space-y-4">
      <Link href="/bao-cao" className="text-sm text-brand-800 underline">
        ← Danh sách báo cáo
      </Link>
      <h1 className="text-2xl font-bold">Lập báo cáo mới</h1>
      <CreateReportForm
        years={years}
        communes={communes}
        programmes={programmes.map((p) => ({
          code: p.code,
          label: p.shortTitle,
          // the user's own programme first, else the installation's default
          isDefault: viewer.programmeCode ? p.code === viewer.programmeCode : p.isDefault,
        }))}
        today={today}
        initial={defaultPeriod(today)}
        letterhead={letterhead}
        documentNumber={documentCode(letterhead.abbreviation)}
      />
    </div>
  );
}
