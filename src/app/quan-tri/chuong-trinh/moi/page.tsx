import type { Metadata } from "next";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { getTerritoryOptions } from "@/server/programmes/programme-admin";
import { PageHeader } from "@/app/_components/page-layout";
import { Forbidden } from "@/app/_components/forbidden";
import { ProgrammeForm } from "../_components/programme-form";

export const metadata: Metadata = { title: "Chương trình mới" };

export default async function NewProgrammePage() {
  await connection();
  const viewer = await requireViewer();
  if (!canAdminister(viewer)) return <Forbidden />;
  const units = await getTerritoryOptions(prisma);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Chương trình mới"
        trail={{
          links: [
            ["/quan-tri", "Quản trị"],
            ["/quan-tri/chuong-trinh", "Chương trình"],
          ],
          here: "Chương trình mới",
        }}
        lead="Nhập văn bản và địa bàn; sau khi tạo, thêm các chỉ tiêu của văn bản ở trang Chỉ tiêu."
      />
      <ProgrammeForm values={null} units={units} />
    </div>
  );
}
