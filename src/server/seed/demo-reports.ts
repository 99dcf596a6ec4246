// Demo reports, so that the standing committee's first view of "Báo cáo" is not empty:
// the review (tổng kết) of the last full year, published, and the third quarter of the
// current year as a draft. Their figures are frozen from the demo data like any report's
// and their narrative is written from those figures, never typed in. They are marked
// scope.demo = true (and say so in their first line), and go with the demo data.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ReportSnapshot } from "@/domain/reports/snapshot";
import { computePeriod, defaultReportTitle, PeriodError, type Period, type PeriodInput } from "@/domain/reports/period";
import { formatInteger, formatPercent } from "@/domain/format/number";
import { formatDate } from "@/domain/format/date";
import { scopeKeyOf } from "@/domain/reports/snapshot";
import { vietnamDay } from "@/domain/time/vietnam";
import { recordAudit } from "../audit/record-audit";
import { buildReportSnapshot } from "../reports/build-snapshot";
import { getProgramme } from "../programmes/get-programme";
import { getLetterhead } from "../settings/report-letterhead";

const DEMO_NOTE = "*(Báo cáo minh họa: nội dung và số liệu được sinh tự động từ dữ liệu minh họa.)*";

const valueText = (t: ReportSnapshot["targets"][number]) =>
  t.value === null ? "chưa có số liệu" : t.unit === "PERCENT" ? formatPercent(t.value) : formatInteger(t.value);

/** The three sections, in the words a district officer would use, from the figures. */
function narrative(s: ReportSnapshot): { results: string; limitations: string; tasksAhead: string } {
  const by = (code: string) => s.targets.find((t) => t.code === code);
  const htx = by("HTX_COUNT");
  const tht = by("THT_COUNT");
  const done = s.targets.filter((t) => t.status === "ACHIEVED" || t.status === "ON_TRACK");
  const behind = s.targets.filter((t) => t.status === "OFF_TRACK" || t.status === "NEEDS_ACCELERATION");
  const supported = s.support.total;
  const list = (ts: typeof s.targets) => ts.map((t) => `- ${t.title}: ${valueText(t)}`).join("\n");
  const results = [
    DEMO_NOTE,
    `Đến ngày ${formatDate(s.filters.asOf)}, trên ${s.scopeLabel} có ${htx ? valueText(htx) : "—"} hợp tác xã và ${
      tht ? valueText(tht) : "—"
    } tổ hợp tác đang hoạt động. Có **${done.length}/${s.targets.length}** chỉ tiêu của Chương trình đã đạt hoặc đúng tiến độ${done.length ? ":" : "."}`,
    ...(done.length ? [list(done)] : []),
    `Trong năm, ${formatInteger(supported.organisations)} tổ chức được hỗ trợ với tổng kinh phí ${formatInteger(
      Number(supported.amount),
    )} đồng.`,
  ].join("\n\n");
  const limitations = [
    behind.length
      ? `Còn ${behind.length} chỉ tiêu chậm tiến độ hoặc cần đẩy nhanh:\n\n${list(behind)}`
      : "Không có chỉ tiêu chậm tiến độ.",
    `Có ${formatInteger(s.quality.unratedEligible)} hợp tác xã thuộc diện đánh giá chưa được xếp loại.`,
  ].join("\n\n");
  const tasksAhead = [
    ...behind.slice(0, 3).map((t, i) => `${i + 1}. Tập trung thực hiện chỉ tiêu “${t.title}”.`),
    `${Math.min(behind.length, 3) + 1}. Hoàn thành xếp loại hợp tác xã và cập nhật số liệu đầy đủ, đúng hạn.`,
  ].join("\n");
  return { results, limitations, tasksAhead };
}

type Db = PrismaClient | Prisma.TransactionClient;

async function createDemoReport(
  db: Db,
  o: { input: PeriodInput; kind: "TONG_KET" | "DINH_KY"; authorId: number; number: string; publishedOn?: string },
  now: Date,
): Promise<number | null> {
  let period: Period;
  try {
    period = computePeriod(o.input, vietnamDay(now));
  } catch (e) {
    if (e instanceof PeriodError) return null; // the period has not started on this clock
    throw e;
  }
  const programme = await getProgramme(db as PrismaClient, null);
  const filters = {
    programme: programme?.code ?? null,
    year: period.year,
    asOf: period.asOf,
    communeIds: [],
    sectors: [],
    orgTypes: [],
    includeUnapproved: false,
  };
  const snapshot = await buildReportSnapshot(db, filters, now);
  const letterhead = await getLetterhead(db);
  const text = narrative(snapshot);
  const published = o.publishedOn !== undefined;
  const report = await db.periodicReport.create({
    data: {
      kind: o.kind,
      periodType: period.periodType,
      year: period.year,
      periodNo: period.periodNo,
      asOf: new Date(`${period.asOf}T00:00:00.000Z`),
      scopeKey: scopeKeyOf(filters),
      programmeId: programme?.id ?? null,
      scope: { communeIds: [], includeUnapproved: false, label: snapshot.scopeLabel, demo: true },
      title: defaultReportTitle(o.kind, period, programme?.shortTitle),
      parentBody: letterhead.parentBody,
      issuingBody: letterhead.issuingBody,
      place: letterhead.place,
      documentNumber: `${o.number}/BC-${letterhead.abbreviation}`,
      recipients: letterhead.recipients,
      signerAuthority: letterhead.signerAuthority,
      signerTitle: letterhead.signerTitle || "GIÁM ĐỐC",
      signerName: letterhead.signerName || "Nguyễn Văn Minh Họa",
      ...text,
      status: published ? "PUBLISHED" : "DRAFT",
      publishedAt: published ? new Date(`${o.publishedOn}T02:00:00.000Z`) : null,
      publishedById: published ? o.authorId : null,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      snapshotAt: new Date(snapshot.takenAt),
      createdById: o.authorId,
    },
    select: { id: true, title: true },
  });
  await recordAudit(db, {
    actor: "seed",
    action: "CREATE",
    entity: "PeriodicReport",
    entityId: report.id,
    after: { title: report.title, status: published ? "PUBLISHED" : "DRAFT", demo: true },
  });
  return report.id;
}

/** Adds the demo reports to a database without any report; returns how many were made. */
export async function seedDemoReports(db: Db, toYear: number, now = new Date()): Promise<number> {
  if ((await db.periodicReport.count()) > 0) return 0;
  const author = await db.user.findUnique({ where: { username: "phongtckh" }, select: { id: true } });
  if (!author) return 0;
  const today = vietnamDay(now);
  // Published in mid-January after the year, or yesterday if that is still to come.
  const january = `${toYear}-01-15`;
  const publishedOn = january < today ? january : vietnamDay(new Date(now.getTime() - 86_400_000));
  const made = [
    await createDemoReport(
      db,
      {
        input: { periodType: "YEAR", year: toYear - 1 },
        kind: "TONG_KET",
        authorId: author.id,
        number: "01",
        publishedOn,
      },
      now,
    ),
    await createDemoReport(
      db,
      { input: { periodType: "QUARTER", year: toYear, periodNo: 3 }, kind: "DINH_KY", authorId: author.id, number: "" },
      now,
    ),
  ];
  return made.filter((id) => id !== null).length;
}
