import { connection } from "next/server";
import { prisma } from "@/server/db";
import { getOrganisationCounts } from "@/server/overview/get-organisation-counts";
import { ORG_TYPE_LABEL } from "@/domain/labels";

export default async function OverviewPage() {
  await connection();
  const counts = await getOrganisationCounts(prisma);
  const types = ["THT", "HTX", "LHHTX"] as const;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Tổng quan</h1>
      <section aria-labelledby="tong-so">
        <h2 id="tong-so" className="mb-3 text-lg font-semibold">
          Tổ chức kinh tế tập thể hiện có
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {types.map((t) => (
            <div key={t} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`count-${t}`}>
              <dt className="text-sm text-slate-600">{ORG_TYPE_LABEL[t]} đang hoạt động</dt>
              <dd className="mt-1 text-3xl font-bold" data-testid={`count-${t}-active`}>
                {counts.byType[t].active.toLocaleString("vi-VN")}
              </dd>
              <dd className="text-sm text-slate-600">
                trên tổng số {counts.byType[t].total.toLocaleString("vi-VN")} đã đăng ký
                {t !== "LHHTX" && (
                  <>
                    {" · "}
                    {counts.byType[t].activeMembers.toLocaleString("vi-VN")} thành viên theo sổ
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
