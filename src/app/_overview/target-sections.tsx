import type { Dashboard } from "@/server/targets/get-dashboard";
import type { ProgressStatus } from "@/domain/targets/progress";
import { TargetCard } from "../_components/dashboard/target-card";

const inHorizon = (horizon: number, horizonYear: number) =>
  horizon === 2030 ? horizonYear <= 2030 : horizonYear > 2030;

/** The target cards, grouped by the year they are due: 2030, then 2045. */
export function TargetSections({ d, status }: { d: Dashboard; status: ProgressStatus | null }) {
  const defByCode = new Map(d.definitions.map((x) => [x.code, x]));
  const shown = status ? d.targets.filter((t) => t.status === status) : d.targets;
  return [2030, 2045]
    .filter((horizon) => shown.some((t) => inHorizon(horizon, t.horizonYear)))
    .map((horizon) => (
      <section key={horizon} aria-labelledby={`muc-tieu-${horizon}`} className="space-y-3">
        <h2 id={`muc-tieu-${horizon}`} className="text-lg font-semibold">
          Mục tiêu đến năm {horizon}
        </h2>
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {shown
            .filter((t) => inHorizon(horizon, t.horizonYear))
            .map((t) => {
              const def = defByCode.get(t.code)!;
              return (
                <TargetCard
                  key={t.code}
                  t={t}
                  def={{ explanation: def.explanation, sourceText: def.sourceText }}
                  dossiers={t.provisional ? d.dossiers : undefined}
                  // judged against its allocation: read as a judged card, not as a share
                  share={d.narrowed && !d.allocated[t.code] ? d.shares[t.code] : undefined}
                  goalOf={d.allocated[t.code] ? `mức giao cho ${d.allocated[t.code]!.unitName}` : undefined}
                  missingUnits={d.missingUnits}
                />
              );
            })}
        </div>
      </section>
    ));
}
