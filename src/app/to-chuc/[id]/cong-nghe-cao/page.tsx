import type { Metadata } from "next";
import { prisma } from "@/server/db";
import { listHighTech } from "@/server/dossier/list-period-records";
import { PeriodRecordsPage } from "../../_forms/period-records-page";
import { HighTechForm, HighTechList } from "../../_forms/period-forms";

export const metadata: Metadata = { title: "Ứng dụng công nghệ cao" };

export default function HighTechPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <PeriodRecordsPage
      params={params}
      title="Ứng dụng công nghệ cao"
      addTitle="Thêm ứng dụng công nghệ cao"
      scope="ứng dụng công nghệ cao"
      records={async (organisationId) => ({
        list: <HighTechList organisationId={organisationId} items={await listHighTech(prisma, organisationId)} />,
        form: <HighTechForm organisationId={organisationId} />,
      })}
    />
  );
}
