import type { Metadata } from "next";
import { prisma } from "@/server/db";
import { listLinkages } from "@/server/dossier/list-period-records";
import { PeriodRecordsPage } from "../../_forms/period-records-page";
import { LinkageForm, LinkageList } from "../../_forms/period-forms";

export const metadata: Metadata = { title: "Liên kết chuỗi giá trị" };

export default function LinkagesPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <PeriodRecordsPage
      params={params}
      title="Liên kết chuỗi giá trị"
      addTitle="Thêm liên kết"
      scope="liên kết chuỗi giá trị"
      records={async (organisationId) => ({
        list: <LinkageList organisationId={organisationId} items={await listLinkages(prisma, organisationId)} />,
        form: <LinkageForm organisationId={organisationId} />,
      })}
    />
  );
}
