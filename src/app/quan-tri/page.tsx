import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { listTargetSettings } from "@/server/targets/list-targets";
import { listCommunes } from "@/server/territory/list-communes";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { RATING_LEVEL_LABELS } from "@/domain/labels";
import { formatDate } from "@/domain/format/date";
import { closingRuleText } from "@/domain/targets/closing";
import { getClosingRule } from "@/server/settings/closing-rule";
import { RowHead, Table } from "@/app/_components/table";
import { Section } from "@/app/_components/page-layout";

export const metadata: Metadata = { title: "Quản trị" };

const COMPARATOR_SIGN = { GT: ">", GTE: "≥", LT: "<", LTE: "≤" } as const;
const date = (d: Date | null) => (d ? formatDate(d) : "—");
const validity = (r: { validFrom: Date | null; validTo: Date | null }) =>
  `${date(r.validFrom)} – ${r.validTo ? date(r.validTo) : "nay"}`;

export default async function AdminPage() {
  await connection();
  const viewer = await requireViewer();
  const [{ targets, thresholds }, communes, closingRule] = await Promise.all([
    listTargetSettings(prisma),
    listCommunes(prisma),
    getClosingRule(prisma),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Quản trị</h1>
      {canAdminister(viewer) && (
        <p>
          <Link href="/quan-tri/nguoi-dung" className="font-semibold text-brand-700 underline">
            Người dùng
          </Link>{" "}
          — tạo tài khoản, phân quyền, giao địa bàn, khoá và đặt lại mật khẩu.
        </p>
      )}

      <p>
        <Link href="/quan-tri/don-vi" className="font-semibold text-brand-700 underline">
          Đơn vị hành chính
        </Link>{" "}
        — các xã cũ và mới, sắp xếp năm 2025, mã và căn cứ{canAdminister(viewer) ? "; sửa mã và đơn vị kế thừa" : ""}.
      </p>

      {canAdminister(viewer) && (
        <p>
          <Link href="/quan-tri/du-lieu-ca-nhan" className="font-semibold text-brand-700 underline">
            Dữ liệu cá nhân
          </Link>{" "}
          — yêu cầu của người có dữ liệu (xem, xuất, sửa, xoá), thời hạn lưu giữ, nhật ký xem và xuất.
        </p>
      )}

      <p>
        <Link href="/dan-so" className="font-semibold text-brand-700 underline">
          Dân số theo xã và năm
        </Link>{" "}
        — mẫu số của chỉ tiêu dân số tham gia kinh tế tập thể.
      </p>

      <p>
        <Link href="/quan-tri/khoa-so" className="font-semibold text-brand-700 underline">
          Khoá sổ số liệu năm
        </Link>{" "}
        — <span data-testid="closing-rule-summary">{closingRuleText(closingRule)}</span>
        {canAdminister(viewer) ? " Thay đổi quy tắc." : ""}
      </p>

      <p>
        <Link href="/quan-tri/the-thuc-bao-cao" className="font-semibold text-brand-700 underline">
          Thể thức báo cáo
        </Link>{" "}
        — cơ quan ban hành, cơ quan chủ quản, nơi nhận và người ký mặc định của báo cáo định kỳ.
      </p>

      <p>
        <Link href="/quan-tri/chuong-trinh" className="font-semibold text-brand-700 underline">
          Chương trình, kế hoạch
        </Link>{" "}
        — Nghị quyết 20-NQ/TW, kế hoạch của tỉnh, chương trình của huyện: văn bản, địa bàn, chương trình mặc định
        {canAdminister(viewer) ? "; thêm, sửa, xoá chương trình." : "."}
      </p>

      <Section id="chi-tieu" title="Chỉ tiêu của các chương trình" className="space-y-2">
        <p className="text-sm">
          <Link href="/quan-tri/chi-tieu" className="font-semibold text-brand-700 underline">
            Các phiên bản chỉ tiêu
          </Link>
          {canAdminister(viewer)
            ? " — thêm chỉ tiêu, phiên bản mới (giá trị, định nghĩa, thời hạn hiệu lực) cho từng chương trình."
            : " — lịch sử giá trị và định nghĩa của từng chương trình."}
        </p>
        <Table
          caption="Các chỉ tiêu, ngưỡng và thời hạn hiệu lực, theo chương trình"
          columns={["Mã", "Chương trình", "Chỉ tiêu", "Đến năm", "Ngưỡng", "Nguyên văn", "Hiệu lực"]}
        >
          {targets.map((t) => (
            <tr key={t.id} className="border-t border-slate-100 align-top">
              <RowHead className="font-mono text-xs font-normal">{t.code}</RowHead>
              <td className="px-3 py-2">
                <Link href={`/quan-tri/chi-tieu?chuong_trinh=${t.programme.code}`} className="underline">
                  {t.programme.shortTitle}
                </Link>
              </td>
              <td className="px-3 py-2">{t.title}</td>
              <td className="px-3 py-2">{t.horizonYear}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {COMPARATOR_SIGN[t.comparator]} {Number(t.value).toLocaleString("vi-VN")}
                {t.unit === "PERCENT" ? " %" : ""}
              </td>
              <td className="px-3 py-2 italic">“{t.sourceText}”</td>
              <td className="px-3 py-2 whitespace-nowrap">{validity(t)}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section id="nguong" title="Ngưỡng điểm xếp loại hợp tác xã" className="space-y-2">
        <Table
          caption="Ngưỡng điểm của từng mức xếp loại theo bộ tiêu chí"
          columns={["Bộ tiêu chí", "Xếp loại", { label: "Điểm từ", numeric: true }, "Căn cứ", "Hiệu lực"]}
        >
          {thresholds.map((t) => (
            <tr key={t.id} className="border-t border-slate-100">
              <RowHead>{t.scheme === "GENERAL" ? "Chung" : "Nông nghiệp"}</RowHead>
              <td className="px-3 py-2">{RATING_LEVEL_LABELS[t.level]}</td>
              <td className="px-3 py-2 text-right">{Number(t.minScore).toLocaleString("vi-VN")}</td>
              <td className="px-3 py-2">{t.legalRef ?? "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{validity(t)}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section id="dia-ban" title="Đơn vị hành chính cấp xã" className="space-y-2">
        {[
          { title: "Đơn vị hiện nay", list: communes.filter((c) => !c.validTo) },
          { title: "Đơn vị cũ (trước 01/07/2025)", list: communes.filter((c) => c.validTo) },
        ]
          .filter((g) => g.list.length > 0)
          .map((g) => (
            <div key={g.title} className="space-y-1">
              <h3 className="text-sm font-semibold">{g.title}</h3>
              <ul className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="commune-units">
                {g.list.map((c) => (
                  <li key={c.id}>
                    <span>{c.label}</span> <span className="font-mono text-xs text-slate-600">({c.code})</span>{" "}
                    <span className="text-slate-600">{validity(c)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </Section>
    </div>
  );
}
