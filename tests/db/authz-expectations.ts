// THE registry of expected authorization outcomes: every server action (by its
// registered name) and every route handler, with a builder of a VALID request on a
// fresh record in a given commune and the outcome for each role and scope. The matrix
// test (authz-matrix.test.ts) generates its cases from here and fails when an action or
// a route exists that this table does not mention. The fuzz and concurrency tests
// reuse the payload builders.
import type { PrismaClient } from "@/generated/prisma/client";
import { TARGET_CODES } from "@/domain/targets/definitions";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { getProgramme } from "@/server/programmes/get-programme";
import { getAllocationUnits } from "@/server/programmes/allocations";
import { allocationField } from "@/domain/programmes/allocations";
import type { Viewer } from "@/server/auth/viewer";
import { runSearchPersons } from "@/server/person/search-persons";
import { fingerprint, listDossierChanges } from "@/server/approval/pending-changes";
import { DATA_YEAR, FOUNDED_ON, freshPopulationYear, unique, type ActionWorld } from "./action-world";

/** Who calls: a role, and for the commune official whether the record is in their commune. */
export const ACTORS = ["ADMIN", "DISTRICT", "COMMUNE_OWN", "COMMUNE_OTHER", "COMMITTEE", "ANONYMOUS"] as const;
export type Actor = (typeof ACTORS)[number];

/** ok: { ok: true }; forbidden / unauthenticated: ok:false with such a message and nothing written. */
export type Outcome = "ok" | "forbidden" | "unauthenticated";

export type ActionExpectation = {
  /** A valid payload acting on fresh records placed in `communeId`. */
  payload: (w: ActionWorld, communeId: number) => Promise<Record<string, unknown>>;
  outcomes: Record<Actor, Outcome>;
};

const outcomes = (ok: Actor[]): Record<Actor, Outcome> =>
  Object.fromEntries(
    ACTORS.map((a) => [a, a === "ANONYMOUS" ? "unauthenticated" : ok.includes(a) ? "ok" : "forbidden"]),
  ) as Record<Actor, Outcome>;

/** Writes inside a commune: administrators and district staff anywhere, a commune official in their commune. */
const COMMUNE_WRITE = outcomes(["ADMIN", "DISTRICT", "COMMUNE_OWN"]);
/** Approval, periodic reports: administrators and district staff. */
const DISTRICT_ONLY = outcomes(["ADMIN", "DISTRICT"]);
const ADMIN_ONLY = outcomes(["ADMIN"]);
/** Comments on published reports: the standing committee too. */
const COMMENTERS = outcomes(["ADMIN", "DISTRICT", "COMMITTEE"]);

const org = (w: ActionWorld, communeId: number) => w.make.organisation(communeId);
const reportIn = async (w: ActionWorld, communeId: number, status: "DRAFT" | "SUBMITTED" | "APPROVED") => {
  const o = await org(w, communeId);
  const r = await w.make.annualReport(o.id, status);
  return { organisationId: o.id, year: DATA_YEAR, version: r.version };
};
const owned = async (w: ActionWorld, communeId: number, make: (organisationId: number) => Promise<{ id: number }>) => {
  const o = await org(w, communeId);
  return { organisationId: o.id, record: (await make(o.id)) as { id: number; version: number } };
};

/** A one-row organisations-by-year CSV: a year of the organisation `code` (created when new) in the commune. */
export function organisationCsv(communeCode: string, code = `NK-${unique()}`): File {
  const header = "ma_to_chuc,loai_hinh,ten,ma_xa,linh_vuc,trang_thai,nam,so_thanh_vien,doanh_thu";
  const row = `${code},HTX,Hợp tác xã ${code},${communeCode},nong_nghiep,dang_hoat_dong,${DATA_YEAR},25,"1.500.000.000"`;
  return new File([`${header}\n${row}\n`], "to-chuc.csv", { type: "text/csv" });
}

export const ACTION_EXPECTATIONS: Record<string, ActionExpectation> = {
  "approval.submit": { outcomes: COMMUNE_WRITE, payload: (w, c) => reportIn(w, c, "DRAFT") },
  "approval.approve": {
    outcomes: DISTRICT_ONLY,
    payload: async (w, c) => ({ ...(await reportIn(w, c, "SUBMITTED")), comment: "" }),
  },
  "approval.return": {
    outcomes: DISTRICT_ONLY,
    payload: async (w, c) => ({ ...(await reportIn(w, c, "SUBMITTED")), comment: "Thiếu số liệu doanh thu" }),
  },
  "approval.reopen": {
    outcomes: DISTRICT_ONLY,
    payload: async (w, c) => ({ ...(await reportIn(w, c, "APPROVED")), comment: "Cần sửa lại", to: "RETURNED" }),
  },
  "approval.withdraw": { outcomes: COMMUNE_WRITE, payload: (w, c) => reportIn(w, c, "SUBMITTED") },
  "approval.approveMany": {
    outcomes: DISTRICT_ONLY,
    payload: async (w, c) => {
      // two clean submitted dossiers (a group's, no figures yet: no data-quality flag; only
      // clean ones are approved together), each with the fingerprint of what the reviewer saw
      const items = [];
      for (let i = 0; i < 2; i++) {
        const o = await w.make.organisation(c, "THT");
        const r = await w.prisma.annualReport.create({
          data: { organisationId: o.id, year: DATA_YEAR, approvalStatus: "SUBMITTED" },
        });
        const seen = fingerprint(await listDossierChanges(w.prisma, o.id, DATA_YEAR));
        items.push({ organisationId: o.id, year: DATA_YEAR, version: r.version, seen });
      }
      return { items, comment: "" };
    },
  },
  "approval.approvePopulation": {
    outcomes: DISTRICT_ONLY,
    payload: async (w, c) => {
      // a commune official's population figure, pending approval
      const year = freshPopulationYear();
      await w.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT set_config('ktt.pending_by', ${String(w.commune.id)}, true)`;
        await tx.population.create({ data: { areaUnitId: c, year, population: 9_000 } });
      });
      return { areaUnitId: c, year };
    },
  },
  "areaUnits.update": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      const u = await w.prisma.areaUnit.create({
        data: { code: `T${unique()}`, name: "Xã Thử", kind: "Xã", level: "COMMUNE", validFrom: new Date("2000-01-01") },
      });
      return {
        id: u.id,
        version: u.version,
        code: `T${unique()}`,
        successorId: "",
        sourceRef: "Quyết định thử",
        codeOfficial: "on",
      };
    },
  },
  "digitalPractices.save": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => ({
      organisationId: (await org(w, c)).id,
      year: DATA_YEAR,
      practice: "DIGITAL_PAYMENT",
      note: "",
    }),
  },
  "digitalPractices.delete": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => {
      const { record } = await owned(w, c, w.make.digitalPractice);
      return { id: record.id, version: record.version };
    },
  },
  "highTech.save": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => ({
      organisationId: (await org(w, c)).id,
      technologyType: "GREENHOUSE",
      description: "Nhà màng trồng dưa lưới",
      validFrom: "2024-03-01",
      validTo: "",
    }),
  },
  "highTech.delete": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => {
      const { record } = await owned(w, c, w.make.highTech);
      return { id: record.id, version: record.version };
    },
  },
  "linkages.save": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => ({
      organisationId: (await org(w, c)).id,
      partnerName: "Công ty Xuất khẩu Gạo",
      role: "LEAD",
      product: "Lúa chất lượng cao",
      areaHa: "12,5",
      contractRef: "HĐ 12/2024",
      validFrom: "2024-01-01",
      validTo: "",
    }),
  },
  "linkages.delete": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => {
      const { record } = await owned(w, c, w.make.linkage);
      return { id: record.id, version: record.version };
    },
  },
  "memberships.add": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => ({
      organisationId: (await org(w, c)).id,
      personChoice: "new",
      fullName: `Nguyễn Văn ${unique()}`,
      birthYear: "1980",
      gender: "MALE",
      kind: "INDIVIDUAL",
      idNumber: "",
      memberType: "OFFICIAL",
      joinedOn: "2024-01-15",
      leftOn: "",
      capitalContributed: "10.000.000",
    }),
  },
  "memberships.end": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => {
      const { record } = await owned(w, c, (o) => w.make.membership(o, c));
      return { id: record.id, version: record.version, leftOn: "2026-01-01" };
    },
  },
  "memberships.reinstate": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => {
      const { record } = await owned(w, c, async (o) => {
        const m = await w.make.membership(o, c);
        return w.prisma.membership.update({ where: { id: m.id }, data: { leftOn: new Date("2026-01-01") } });
      });
      return { id: record.id, version: record.version };
    },
  },
  "organisations.create": {
    outcomes: COMMUNE_WRITE,
    payload: async (_w, c) => ({
      code: `MOI-${unique()}`,
      type: "HTX",
      name: "Hợp tác xã Nông nghiệp Mới",
      communeId: c,
      address: "Ấp 1",
      sector: "AGRICULTURE",
      mainProducts: "Lúa, dừa",
      // the action world's communes exist from 01/07/2025
      foundedOn: "2025-09-01",
      hasMemberRegister: "on",
    }),
  },
  "organisations.update": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => {
      const o = await org(w, c);
      return {
        id: o.id,
        version: o.version,
        code: o.code,
        type: o.type,
        name: `${o.name} (đổi tên)`,
        communeId: c,
        address: "",
        sector: o.sector,
        mainProducts: "Lúa",
        foundedOn: FOUNDED_ON,
        hasMemberRegister: "on",
      };
    },
  },
  "organisations.changeStatus": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => {
      const o = await org(w, c);
      return { id: o.id, version: o.version, status: "SUSPENDED", effectiveFrom: "2026-01-01", decisionRef: "" };
    },
  },
  "personalData.correct": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      const p = await w.prisma.person.create({ data: { fullName: `Người ${unique()}`, birthYear: 1970 } });
      return {
        personId: p.id,
        version: p.version,
        fullName: "Tên đã sửa",
        birthYear: "1971",
        gender: "",
        ethnicity: "",
        reason: "",
      };
    },
  },
  "personalData.anonymise": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      const p = await w.prisma.person.create({ data: { fullName: `Người ${unique()}`, birthYear: 1970 } });
      return { personId: p.id, version: p.version, confirm: "on", reason: "" };
    },
  },
  "personalData.setRetention": { outcomes: ADMIN_ONLY, payload: async () => ({ years: "10" }) },
  "personalData.applyRetention": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      await w.prisma.systemSetting.upsert({
        where: { key: "personalDataRetention" },
        create: { key: "personalDataRetention", value: { years: 30 } },
        update: { value: { years: 30 } },
      });
      return { confirm: "on" };
    },
  },
  "population.save": {
    outcomes: COMMUNE_WRITE,
    payload: async (_w, c) => ({
      areaUnitId: c,
      year: freshPopulationYear(),
      population: "12.500",
      households: "3.100",
    }),
  },
  "ratings.save": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => ({
      organisationId: (await org(w, c)).id,
      year: DATA_YEAR,
      scheme: "AGRICULTURE",
      mode: "SCORED",
      score: "82,5",
      notRatedReason: "",
    }),
  },
  "reports.save": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => ({
      organisationId: (await org(w, c)).id,
      year: DATA_YEAR,
      memberCount: "25",
      officialMemberCount: "20",
      employeeCount: "4",
      charterCapital: "1.500.000.000",
      revenue: "3.000.000.000",
      profit: "-15.000.000",
      effective: "",
    }),
  },
  "supports.save": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => ({
      organisationId: (await org(w, c)).id,
      policyArea: "SCIENCE_TECH",
      year: DATA_YEAR,
      amount: "20.000.000",
      note: "",
    }),
  },
  "supports.delete": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => {
      const { record } = await owned(w, c, w.make.support);
      return { id: record.id, version: record.version };
    },
  },
  // A commune official's file naming another commune is refused row by row ("ngoài địa bàn").
  // The row is a year of a fresh organisation of the commune (same identity), so that the
  // submission-lock walk can submit that organisation's year first.
  "importExport.import": {
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => {
      const o = await org(w, c);
      return { kind: "to-chuc-theo-nam", file: organisationCsv(w.communeCode(c), o.code) };
    },
  },
  "reports.create": {
    outcomes: DISTRICT_ONLY,
    payload: async () => ({ kind: "DINH_KY", periodType: "YEAR", year: String(DATA_YEAR), includeUnapproved: "on" }),
  },
  "reports.update": {
    outcomes: DISTRICT_ONLY,
    payload: async (w) => {
      const r = await w.make.periodicReport("DRAFT");
      return {
        id: r.id,
        version: r.version,
        title: "Báo cáo kết quả năm 2025",
        parentBody: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
        issuingBody: "SỞ TÀI CHÍNH",
        place: "Đồng Tháp",
        documentNumber: "12/BC-STC",
        results: "## Kết quả\nĐạt 8/11 chỉ tiêu.",
        limitations: "",
        tasksAhead: "",
      };
    },
  },
  "reports.publish": {
    outcomes: DISTRICT_ONLY,
    payload: async (w) => {
      const r = await w.make.periodicReport("DRAFT");
      return { id: r.id, version: r.version };
    },
  },
  "reports.comment": {
    outcomes: COMMENTERS,
    payload: async (w) => ({
      reportId: (await w.make.periodicReport("PUBLISHED")).id,
      sectionKey: "han-che",
      body: "Đề nghị bổ sung số liệu",
    }),
  },
  "settings.setClosingRule": {
    outcomes: ADMIN_ONLY,
    payload: async () => ({ kind: "CLOSING_DATE", day: "31", month: "3" }),
  },
  "settings.setReportLetterhead": {
    outcomes: ADMIN_ONLY,
    payload: async () => ({
      parentBody: "Tỉnh Đồng Tháp",
      issuingBody: "ỦY BAN NHÂN DÂN XÃ BÌNH PHÚ",
      abbreviation: "UBND",
      place: "Bình Phú",
      recipients: "Như trên\nLưu: VT",
      signerAuthority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
      signerTitle: "PHÓ CHỦ TỊCH",
      signerName: "Nguyễn Văn A",
    }),
  },
  "targets.set": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      const code = TARGET_CODES[0];
      const latest = await w.prisma.target.findFirstOrThrow({
        where: { code, programme: { isDefault: true } },
        orderBy: { validFrom: "desc" },
      });
      const validFrom = new Date(latest.validFrom.getTime() + 86_400_000).toISOString().slice(0, 10);
      return {
        code,
        title: latest.title,
        comparator: latest.comparator,
        value: latest.value.toString(),
        unit: latest.unit,
        horizonYear: String(latest.horizonYear),
        validFrom,
        sourceText: latest.sourceText,
      };
    },
  },
  "targets.allocate": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      const programme = (await getProgramme(w.prisma))!;
      const [unit] = await getAllocationUnits(w.prisma, programme, todayIsoInVietnam());
      return { programme: programme.code, code: "HTX_COUNT", [allocationField(unit.id)]: String(unique() % 50) };
    },
  },
  "programmes.save": {
    outcomes: ADMIN_ONLY,
    payload: async (w, communeId) => ({
      code: `KH-${unique()}`,
      title: "Kế hoạch thực hiện Nghị quyết 20-NQ/TW (kiểm thử)",
      shortTitle: "Kế hoạch kiểm thử",
      level: "COMMUNE",
      baselineYear: "2022",
      territory: "UNITS",
      units: [String(communeId)],
    }),
  },
  "programmes.delete": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      const p = await w.prisma.programme.create({
        data: { code: `XOA-${unique()}`, title: "Chương trình để xoá", shortTitle: "Để xoá", level: "PROVINCE" },
      });
      return { id: String(p.id), version: String(p.version) };
    },
  },
  "users.create": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => ({
      username: `moi.${unique()}`,
      fullName: "Cán bộ xã mới",
      role: "COMMUNE",
      communeIds: [String(w.communeOwn)],
      password: "mat-khau-rat-dai-2026",
    }),
  },
  "users.update": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      const u = await w.make.user();
      return { id: u.id, version: u.version, fullName: "Tên đã sửa", role: "COMMITTEE", programme: "NQ20" };
    },
  },
  "users.followSuccession": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      const old = await w.prisma.areaUnit.findFirstOrThrow({ where: { level: "COMMUNE", NOT: { validTo: null } } });
      const u = await w.prisma.user.create({
        data: {
          username: `xa.cu.${unique()}`,
          fullName: "Cán bộ xã cũ",
          role: "COMMUNE",
          passwordHash: "x",
          scopes: { create: { areaUnitId: old.id } },
        },
      });
      return { id: u.id, version: u.version };
    },
  },
  "users.resetPassword": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      const u = await w.make.user();
      return { id: u.id, version: u.version, password: "mat-khau-moi-rat-dai" };
    },
  },
  "users.setDisabled": {
    outcomes: ADMIN_ONLY,
    payload: async (w) => {
      const u = await w.make.user();
      return { id: u.id, version: u.version, disabled: "true" };
    },
  },
  "yearFigures.save": {
    outcomes: COMMUNE_WRITE,
    // the dossier page's one form: the report and the rating, named as the form names them
    payload: async (w, c) => ({
      organisationId: (await org(w, c)).id,
      year: DATA_YEAR,
      "report.memberCount": "25",
      "report.officialMemberCount": "20",
      "report.revenue": "3.000.000.000",
      "report.profit": "-15.000.000",
      "report.effective": "yes",
      "rating.mode": "SCORED",
      "rating.scheme": "AGRICULTURE",
      "rating.score": "82,5",
      "rating.notRatedReason": "",
    }),
  },
};

/**
 * Server-action files that do not go through defineAction (so they are not in the
 * registry), each with the function its action calls with the session's viewer.
 */
export const UNREGISTERED_ACTION_FILES: Record<
  string,
  ActionExpectation & {
    run: (viewer: Viewer | null, payload: unknown, prisma: PrismaClient) => Promise<{ ok: boolean }>;
  }
> = {
  // Read-only (defineAction insists on an audit row), but it reveals persons: commune scope applies.
  "src/server/person/search-persons.action.ts": {
    run: runSearchPersons,
    outcomes: COMMUNE_WRITE,
    payload: async (w, c) => ({ organisationId: (await org(w, c)).id, fullName: "Nguyễn Văn", birthYear: "" }),
  },
};

/**
 * Route handlers (relative to src/app) and what each role gets. `anonymous`: the status
 * for a request without a session. Writes are only through /nhap-xuat/nhap, covered
 * role by role in authz-routes.test.ts.
 */
export const ROUTE_EXPECTATIONS: Record<string, { method: "GET" | "POST"; anonymous: 401; note: string }> = {
  "nhap-xuat/nhap/route.ts": { method: "POST", anonymous: 401, note: "import: writers only" },
  "nhap-xuat/xuat/[kind]/route.ts": { method: "GET", anonymous: 401, note: "exports: any signed-in role" },
  "nhap-xuat/mau/[kind]/route.ts": { method: "GET", anonymous: 401, note: "templates: any signed-in role" },
  "xuat/[file]/route.ts": { method: "GET", anonymous: 401, note: "overview exports: any signed-in role" },
  "bao-cao/[id]/xuat/[format]/route.ts": { method: "GET", anonymous: 401, note: "report exports; drafts: managers" },
  "quan-tri/du-lieu-ca-nhan/[id]/xuat/route.ts": {
    method: "GET",
    anonymous: 401,
    note: "a person's whole record: administrators only, logged",
  },
};

/** next-auth's own endpoints (sign-in, session): public by design. */
export const PUBLIC_ROUTES = ["api/auth/[...nextauth]/route.ts"];
