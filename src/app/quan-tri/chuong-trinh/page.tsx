import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { listProgrammesForAdmin } from "@/server/programmes/programme-admin";
import { deleteProgramme } from "@/server/programmes/delete-programme.action";
import { DeleteForm } from "@/app/_components/form/delete-form";
import { RowHead, Table } from "@/app/_components/table";
import { PageHeader } from "@/app/_components/page-layout";
import { PROGRAMME_LEVEL } from "@/domain/enums";
import { formatDate } from "@/domain/format/date";
import { buttonClass } from "@/app/_components/form/styles";

export const metadata: Metadata = { title: "Chương trình, kế hoạch" };

export default async function ProgrammesPage() {
  await connection();
  const viewer = await requireViewer();
  const admin = canAdminister(viewer);
  const programmes = await listProgrammesForAdmin(prisma);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Chương trình, kế hoạch"
        trail={{ links: [["/quan-tri", "Quản trị"]], here: "Chương trình" }}
        actions={
          admin && (
            <Link href="/quan-tri/chuong-trinh/moi" className={buttonClass}>
              Thêm chương trình
            </Link>
          )
        }
        lead="Mỗi chương trình là một văn bản (nghị quyết, chương trình, kế hoạch) với địa bàn và các chỉ tiêu riêng, theo đúng câu chữ của văn bản. Cùng một số liệu được so với chỉ tiêu của từng chương trình. Chương trình đã có báo cáo thì không xoá được."
      />
      <Table
        caption="Các chương trình, địa bàn, số chỉ tiêu và số báo cáo"
        columns={[
          "Chương trình",
          "Cấp",
          "Văn bản",
          "Địa bàn",
          { label: "Chỉ tiêu", className: "whitespace-nowrap" },
          { label: "Báo cáo", className: "whitespace-nowrap" },
          { label: <span className="sr-only">Thao tác</span> },
        ]}
        testId="programmes-table"
      >
        {programmes.map((p) => (
          <tr key={p.id} className="border-t border-slate-100 align-top" data-testid={`programme-${p.code}`}>
            <RowHead>
              <Link href={`/?chuong_trinh=${p.code}`} className="underline">
                {p.shortTitle}
              </Link>
              {p.isDefault && <span className="ml-1 text-xs font-normal text-brand-800">(mặc định)</span>}
              <span className="block font-mono text-xs font-normal text-slate-600">{p.code}</span>
            </RowHead>
            <td className="px-3 py-2">{PROGRAMME_LEVEL.label[p.level]}</td>
            <td className="px-3 py-2">
              {[p.documentNumber, p.issuedOn && `ngày ${formatDate(p.issuedOn)}`, p.issuingBody]
                .filter(Boolean)
                .join(", ") || "Chưa ban hành"}
            </td>
            <td className="px-3 py-2">{p.territory}</td>
            <td className="px-3 py-2 whitespace-nowrap">
              <Link href={`/quan-tri/chi-tieu?chuong_trinh=${p.code}`} className="underline">
                {p.targetCount} chỉ tiêu
              </Link>
            </td>
            <td className="px-3 py-2">{p.reportCount}</td>
            <td className="space-y-1 px-3 py-2">
              {admin && (
                <Link
                  href={`/quan-tri/chuong-trinh/${p.code}`}
                  className="block underline"
                  aria-label={`Sửa ${p.shortTitle}`}
                >
                  Sửa
                </Link>
              )}
              {admin && p.reportCount === 0 && !p.isDefault && (
                <DeleteForm
                  action={deleteProgramme}
                  id={p.id}
                  version={p.version}
                  label={`Xoá ${p.shortTitle} cùng ${p.targetCount} chỉ tiêu và các mức giao`}
                />
              )}
            </td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
