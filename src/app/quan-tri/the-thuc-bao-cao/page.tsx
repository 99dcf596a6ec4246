import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { getLetterhead } from "@/server/settings/report-letterhead";
import { documentCode, splitLines } from "@/domain/reports/letterhead";
import { LetterheadForm } from "./_components/letterhead-form";

export const metadata: Metadata = { title: "Thể thức báo cáo" };

export default async function LetterheadPage() {
  await connection();
  const viewer = await requireViewer();
  const letterhead = await getLetterhead(prisma);
  return (
    <div className="space-y-6">
      <Link href="/quan-tri" className="text-sm text-brand-800 underline">
        ← Quản trị
      </Link>
      <h1 className="text-2xl font-bold">Thể thức báo cáo</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        Cơ quan ban hành, cơ quan chủ quản, địa danh, nơi nhận và người ký mặc định của báo cáo định kỳ, theo Nghị định
        30/2020/NĐ-CP. Từ 01/07/2025 không còn cấp huyện: báo cáo do sở của tỉnh hoặc Ủy ban nhân dân xã ban hành. Mỗi
        báo cáo sao lại các giá trị này khi được lập (người lập sửa được khi còn là dự thảo), nên thay đổi ở đây không
        làm thay đổi báo cáo đã lập.
      </p>
      <section
        aria-labelledby="dang-dung"
        className="space-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      >
        <h2 id="dang-dung" className="font-semibold">
          Đang áp dụng
        </h2>
        <p data-testid="letterhead-summary">
          {[letterhead.parentBody, ...splitLines(letterhead.issuingBody)].filter(Boolean).join(" – ")}; số, ký hiệu …
          {documentCode(letterhead.abbreviation)}; địa danh {letterhead.place}.
        </p>
      </section>
      {canAdminister(viewer) ? (
        <LetterheadForm letterhead={letterhead} />
      ) : (
        <p className="text-sm text-slate-600">Chỉ quản trị viên được thay đổi thể thức báo cáo.</p>
      )}
    </div>
  );
}
