import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { getProgrammeForEdit, getTerritoryOptions } from "@/server/programmes/programme-admin";
import { programmeParam } from "@/domain/dashboard/filters";
import { PageHeader } from "@/app/_components/page-layout";
import { Forbidden } from "@/app/_components/forbidden";
import { ProgrammeForm } from "../_components/programme-form";

export const metadata: Metadata = { title: "Sửa chương trình" };

export default async function EditProgrammePage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  const viewer = await requireViewer();
  if (!canAdminister(viewer)) return <Forbidden />;
  const code = programmeParam(decodeURIComponent((await params).code));
  const units = await getTerritoryOptions(prisma);
  const values = code ? await getProgrammeForEdit(prisma, code, units) : null;
  if (!values) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={values.shortTitle}
        trail={{
          links: [
            ["/quan-tri", "Quản trị"],
            ["/quan-tri/chuong-trinh", "Chương trình"],
          ],
          here: values.shortTitle,
        }}
        lead={
          <>
            Sửa văn bản, địa bàn của chương trình. Các chỉ tiêu sửa theo phiên bản ở{" "}
            <Link href={`/quan-tri/chi-tieu?chuong_trinh=${values.code}`} className="underline">
              trang Chỉ tiêu
            </Link>
            . Đổi địa bàn thì tổng quan và các báo cáo lập sau tính trên địa bàn mới; báo cáo đã lập giữ nguyên số liệu.
          </>
        }
      />
      <ProgrammeForm values={values} units={units} />
    </div>
  );
}
