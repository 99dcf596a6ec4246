// The organisation's records with a validity period or a year: value-chain linkages,
// high-technology applications, digital practices, support received, and union links.
import Link from "next/link";
import {
  DIGITAL_PRACTICE_LABELS,
  HIGH_TECH_TYPE_LABELS,
  LINK_ROLE_LABELS,
  ORG_STATUS_SHORT,
  POLICY_AREAS,
} from "@/domain/labels";
import { formatDate } from "@/domain/format/date";
import { formatMoney, formatNumber } from "@/domain/format/number";
import type { OrganisationHistory, UnionLink } from "@/server/organisation/get-organisation-history";
import { pendingRows, pendingYears, type OrganisationApproval } from "@/server/approval/organisation-approval";
import { Section } from "@/app/_components/page-layout";
import { DataTable, Marked, MISSING } from "./data-table";

const period = (from: string, to: string | null) => `${formatDate(from)} – ${to ? formatDate(to) : "nay"}`;

type WithApproval = { h: OrganisationHistory; approval?: OrganisationApproval };

export function LinkagesSection({ h, approval }: WithApproval) {
  const marks = approval ? pendingRows(approval, "ValueChainLink") : new Map();
  return (
    <Section id="lien-ket" title="Liên kết chuỗi giá trị">
      <DataTable
        caption="Hợp đồng liên kết chuỗi giá trị của tổ chức"
        testId="linkages-table"
        empty="Chưa ghi nhận liên kết chuỗi giá trị."
        columns={[
          { label: "Đối tác" },
          { label: "Vai trò" },
          { label: "Sản phẩm" },
          { label: "Diện tích (ha)", numeric: true },
          { label: "Hợp đồng" },
          { label: "Thời hạn" },
        ]}
        rows={h.linkages.map((l) => ({
          key: l.id,
          cells: [
            <Marked key="p" mark={marks.get(l.id)}>
              {l.partnerName}
            </Marked>,
            LINK_ROLE_LABELS[l.role],
            l.product,
            l.areaHa === null ? MISSING : formatNumber(l.areaHa, 2),
            l.contractRef ?? MISSING,
            period(l.validFrom, l.validTo),
          ],
        }))}
      />
    </Section>
  );
}

export function HighTechSection({ h, approval }: WithApproval) {
  const marks = approval ? pendingRows(approval, "HighTechApplication") : new Map();
  return (
    <Section id="cong-nghe-cao" title="Ứng dụng công nghệ cao">
      <DataTable
        caption="Ứng dụng công nghệ cao và minh chứng"
        testId="high-tech-table"
        empty="Chưa ghi nhận ứng dụng công nghệ cao."
        columns={[{ label: "Loại công nghệ" }, { label: "Mô tả" }, { label: "Minh chứng" }, { label: "Thời gian" }]}
        rows={h.highTech.map((t) => ({
          key: t.id,
          cells: [
            <Marked key="t" mark={marks.get(t.id)}>
              {HIGH_TECH_TYPE_LABELS[t.technologyType]}
            </Marked>,
            t.description ?? MISSING,
            t.evidence && t.evidence.trim() !== "" ? (
              t.evidence
            ) : (
              <span key="e" className="font-semibold text-amber-800">
                Chưa có minh chứng
              </span>
            ),
            period(t.validFrom, t.validTo),
          ],
        }))}
      />
    </Section>
  );
}

export function DigitalSection({ h, approval }: WithApproval) {
  const marks = approval ? pendingYears(approval, "DigitalPractice") : new Map();
  return (
    <Section id="chuyen-doi-so" title="Chuyển đổi số theo năm">
      <DataTable
        caption="Hoạt động chuyển đổi số theo năm"
        testId="digital-table"
        empty="Chưa ghi nhận hoạt động chuyển đổi số."
        columns={[{ label: "Năm" }, { label: "Hoạt động" }]}
        rows={h.digitalPractices.map((d) => ({
          key: d.year,
          cells: [
            <Marked key="y" mark={marks.get(d.year)}>
              {d.year}
            </Marked>,
            d.practices
              .map((p) => {
                const label = DIGITAL_PRACTICE_LABELS[p.practice];
                // a note that only repeats the practice's name adds nothing
                return p.note && p.note.trim().toLowerCase() !== label.toLowerCase() ? `${label} (${p.note})` : label;
              })
              .join("; "),
          ],
        }))}
      />
    </Section>
  );
}

export function SupportSection({ h, approval }: WithApproval) {
  const marks = approval ? pendingRows(approval, "SupportReceived") : new Map();
  const total = h.supports.reduce((sum, s) => sum + s.amount, 0n);
  return (
    <Section id="ho-tro" title="Hỗ trợ đã nhận (chính sách mục IV.2 của Chương trình)">
      <DataTable
        caption="Các khoản hỗ trợ tổ chức đã nhận theo chính sách và năm"
        testId="support-table"
        empty="Chưa ghi nhận khoản hỗ trợ nào."
        columns={[{ label: "Năm" }, { label: "Chính sách" }, { label: "Số tiền", numeric: true }, { label: "Ghi chú" }]}
        rows={h.supports.map((s) => ({
          key: s.id,
          cells: [
            <Marked key="y" mark={marks.get(s.id)}>
              {s.year}
            </Marked>,
            `${POLICY_AREAS[s.policyArea].number}. ${POLICY_AREAS[s.policyArea].label}`,
            formatMoney(s.amount),
            s.note ?? MISSING,
          ],
        }))}
        footer={["Tổng cộng", "", formatMoney(total), ""]}
      />
    </Section>
  );
}

function UnionTable({
  links,
  caption,
  testId,
  empty,
}: {
  links: UnionLink[];
  caption: string;
  testId: string;
  empty: string;
}) {
  return (
    <DataTable
      caption={caption}
      testId={testId}
      empty={empty}
      columns={[{ label: "Mã" }, { label: "Tên" }, { label: "Trạng thái hiện tại" }, { label: "Thời gian tham gia" }]}
      rows={links.map((u) => ({
        key: `${u.organisation.id}-${u.joinedOn}`,
        cells: [
          <span key="c" className="font-mono text-xs">
            {u.organisation.code}
          </span>,
          <Link key="n" href={`/to-chuc/${u.organisation.id}`} className="text-brand-800 underline">
            {u.organisation.name}
          </Link>,
          ORG_STATUS_SHORT[u.organisation.currentStatus],
          period(u.joinedOn, u.leftOn),
        ],
      }))}
    />
  );
}

export function UnionSection({ h }: { h: OrganisationHistory }) {
  if (h.organisation.type === "LHHTX") {
    return (
      <Section id="htx-thanh-vien" title="Hợp tác xã thành viên của liên hiệp">
        <UnionTable
          links={h.unionMembers}
          caption="Các hợp tác xã thành viên của liên hiệp"
          testId="union-members-table"
          empty="Chưa ghi nhận hợp tác xã thành viên."
        />
      </Section>
    );
  }
  if (h.unionsJoined.length === 0) return null;
  return (
    <Section id="lien-hiep" title="Tham gia liên hiệp hợp tác xã">
      <UnionTable
        links={h.unionsJoined}
        caption="Các liên hiệp hợp tác xã tổ chức tham gia"
        testId="unions-joined-table"
        empty=""
      />
    </Section>
  );
}
