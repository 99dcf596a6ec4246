// Reference data every database needs, demo or real: area units of the programme's
// territory (before and after the 2025 reorganisation), the programme scope, rating
// thresholds and the 11 default targets. Idempotent: it only creates what is missing
// and never overwrites a row an admin may have edited (update: {} everywhere), so it
// is safe to run on every start.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { DISTRICT_PROGRAMME_CODE, PROGRAMME_CATALOGUE } from "@/domain/programmes/catalogue";

type Db = PrismaClient | Prisma.TransactionClient;

/** UTC midnight, the representation of a PostgreSQL `date` in Prisma. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export const SCOPE_CODE = "GCT-26-CTR";
export const PROVINCE_TIEN_GIANG = "82";
export const PROVINCE_DONG_THAP = "87";
export const DISTRICT_GCT = "823";
/** Last day of the district and of its 13 communes (reorganisation effective 1/7/2025). */
export const OLD_UNITS_VALID_TO = utcDate(2025, 6, 30);
export const NEW_UNITS_VALID_FROM = utcDate(2025, 7, 1);

export type CommuneRef = {
  code: string;
  /** Name without the "Xã"/"Thị trấn" prefix, as used in organisation names. */
  name: string;
  kind: "Xã" | "Thị trấn";
  successorCode?: string;
};

// The 13 communes of Gò Công Tây before 1/7/2025.
// CODES ARE PLAUSIBLE PLACEHOLDERS, NOT VERIFIED against the GSO list of administrative
// unit codes (danh mục đơn vị hành chính, Quyết định 124/2004/QĐ-TTg and updates):
// replace them with the official 5-digit codes before importing real data.
// Merger map (which old communes form which new one) as found in public summaries of
// the 2025 resolution of the National Assembly Standing Committee on the commune-level
// units of Đồng Tháp province (believed to be Nghị quyết 1663/NQ-UBTVQH15, 16/6/2025):
// MUST BE CHECKED against the resolution text.
export const GCT_OLD_COMMUNES: readonly CommuneRef[] = [
  { code: "28657", name: "Vĩnh Bình", kind: "Thị trấn", successorCode: "28901" },
  { code: "28660", name: "Bình Nhì", kind: "Xã", successorCode: "28904" },
  { code: "28663", name: "Bình Phú", kind: "Xã", successorCode: "28907" },
  { code: "28666", name: "Bình Tân", kind: "Xã", successorCode: "28910" },
  { code: "28669", name: "Đồng Sơn", kind: "Xã", successorCode: "28904" },
  { code: "28672", name: "Đồng Thạnh", kind: "Xã", successorCode: "28904" },
  { code: "28675", name: "Long Bình", kind: "Xã", successorCode: "28910" },
  { code: "28678", name: "Long Vĩnh", kind: "Xã", successorCode: "28913" },
  { code: "28681", name: "Thành Công", kind: "Xã", successorCode: "28907" },
  { code: "28684", name: "Thạnh Nhựt", kind: "Xã", successorCode: "28901" },
  { code: "28687", name: "Thạnh Trị", kind: "Xã", successorCode: "28901" },
  { code: "28690", name: "Vĩnh Hựu", kind: "Xã", successorCode: "28913" },
  { code: "28693", name: "Yên Luông", kind: "Xã", successorCode: "28907" },
];

// Communes from 1/7/2025, directly under the province (no district level any more).
// Codes are placeholders too: the GSO often kept the code of the commune hosting the
// new seat, which would collide with the unique code of the old unit here.
export const GCT_NEW_COMMUNES: readonly CommuneRef[] = [
  { code: "28901", name: "Vĩnh Bình", kind: "Xã" },
  { code: "28904", name: "Đồng Sơn", kind: "Xã" },
  { code: "28907", name: "Phú Thành", kind: "Xã" },
  { code: "28910", name: "Long Bình", kind: "Xã" },
  { code: "28913", name: "Vĩnh Hựu", kind: "Xã" },
];

type AreaSeed = {
  code: string;
  name: string;
  kind: string;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  parentCode?: string;
  validFrom: Date;
  validTo?: Date;
};

function areaSeeds(): AreaSeed[] {
  // Founding dates of the province and district are approximate (Tiền Giang 1976,
  // Gò Công Tây split from Gò Công district in 1979); no target depends on them.
  const old = utcDate(1979, 1, 1);
  return [
    {
      code: PROVINCE_TIEN_GIANG,
      name: "Tỉnh Tiền Giang",
      kind: "Tỉnh",
      level: "PROVINCE",
      validFrom: utcDate(1976, 1, 1),
      validTo: OLD_UNITS_VALID_TO,
    },
    {
      code: PROVINCE_DONG_THAP,
      name: "Tỉnh Đồng Tháp",
      kind: "Tỉnh",
      level: "PROVINCE",
      validFrom: NEW_UNITS_VALID_FROM,
    },
    {
      code: DISTRICT_GCT,
      name: "Huyện Gò Công Tây",
      kind: "Huyện",
      level: "DISTRICT",
      parentCode: PROVINCE_TIEN_GIANG,
      validFrom: old,
      validTo: OLD_UNITS_VALID_TO,
    },
    ...GCT_OLD_COMMUNES.map((c) => ({
      code: c.code,
      name: c.name,
      kind: c.kind,
      level: "COMMUNE" as const,
      parentCode: DISTRICT_GCT,
      validFrom: old,
      validTo: OLD_UNITS_VALID_TO,
    })),
    ...GCT_NEW_COMMUNES.map((c) => ({
      code: c.code,
      name: c.name,
      kind: c.kind,
      level: "COMMUNE" as const,
      parentCode: PROVINCE_DONG_THAP,
      validFrom: NEW_UNITS_VALID_FROM,
    })),
  ];
}

async function seedAreaUnits(db: Db): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const a of areaSeeds()) {
    const parentId = a.parentCode ? ids.get(a.parentCode) : undefined;
    const row = await db.areaUnit.upsert({
      where: { code: a.code },
      create: {
        code: a.code,
        name: a.name,
        kind: a.kind,
        level: a.level,
        parentId: parentId ?? null,
        validFrom: a.validFrom,
        validTo: a.validTo ?? null,
      },
      update: {},
      select: { id: true },
    });
    ids.set(a.code, row.id);
  }
  // Where each record comes from, and whether its code was checked (only where an admin
  // has not recorded a source yet). Checked 03/12/2026 against the stored public material:
  // the 2025 arrangement is Nghị quyết 1663/NQ-UBTVQH15 (16/6/2025); the province codes
  // 82 and 87 are the well-known official ones; the district and commune codes are not
  // confirmed (see the comments above): flagged for an administrator to replace.
  const OLD_SOURCE =
    "Quyết định 155-CP ngày 13/4/1979 (chia huyện Gò Công); thôi tồn tại từ 01/07/2025 theo Nghị quyết 1663/NQ-UBTVQH15 ngày 16/6/2025";
  const NEW_SOURCE =
    "Nghị quyết 1663/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã tỉnh Đồng Tháp (hiệu lực 01/07/2025)";
  const sources: [string[], string, boolean][] = [
    [[PROVINCE_TIEN_GIANG], "Danh mục đơn vị hành chính (mã tỉnh 82); hợp nhất vào tỉnh Đồng Tháp từ 01/07/2025", true],
    [[PROVINCE_DONG_THAP], "Danh mục đơn vị hành chính (mã tỉnh 87); tỉnh Đồng Tháp sau hợp nhất từ 01/07/2025", true],
    [[DISTRICT_GCT], "Quyết định 155-CP ngày 13/4/1979; cấp huyện chấm dứt hoạt động từ 01/07/2025", false],
    [GCT_OLD_COMMUNES.map((c) => c.code), OLD_SOURCE, false],
    [GCT_NEW_COMMUNES.map((c) => c.code), NEW_SOURCE, false],
  ];
  for (const [codes, sourceRef, codeOfficial] of sources) {
    await db.areaUnit.updateMany({
      where: { code: { in: codes }, sourceRef: null },
      data: { sourceRef, codeOfficial },
    });
  }
  // Successors only once both ends exist; never replace a successor set by an admin.
  for (const c of GCT_OLD_COMMUNES) {
    const successorId = c.successorCode ? ids.get(c.successorCode) : undefined;
    if (successorId === undefined) continue;
    await db.areaUnit.updateMany({ where: { code: c.code, successorId: null }, data: { successorId } });
  }
  const district = ids.get(DISTRICT_GCT);
  const province = ids.get(PROVINCE_TIEN_GIANG);
  const successorProvince = ids.get(PROVINCE_DONG_THAP);
  if (province && successorProvince) {
    await db.areaUnit.updateMany({
      where: { id: province, successorId: null },
      data: { successorId: successorProvince },
    });
  }
  if (district && successorProvince) {
    // The district's territory passed to the (new) province when districts were abolished.
    await db.areaUnit.updateMany({
      where: { id: district, successorId: null },
      data: { successorId: successorProvince },
    });
  }
  return ids;
}

async function seedScope(db: Db, ids: Map<string, number>): Promise<void> {
  const scope = await db.scope.upsert({
    where: { code: SCOPE_CODE },
    create: {
      code: SCOPE_CODE,
      name: "Địa bàn huyện Gò Công Tây (Chương trình 26-CTr/TU)",
      description:
        "13 xã, thị trấn của huyện Gò Công Tây trước ngày 01/7/2025 và các xã mới hình thành từ địa bàn này sau sắp xếp đơn vị hành chính năm 2025.",
    },
    update: {},
    select: { id: true },
  });
  const unitIds = [...GCT_OLD_COMMUNES, ...GCT_NEW_COMMUNES].map((c) => ids.get(c.code)!);
  await db.scopeUnit.createMany({
    data: unitIds.map((areaUnitId) => ({ scopeId: scope.id, areaUnitId })),
    skipDuplicates: true,
  });
}

export const RATING_LEGAL_REF = "Thông tư 01/2020/TT-BKHĐT";
/** Lowest score of each level (Thông tư 01/2020/TT-BKHĐT); stored as data with a
 *  validity period because a later text may have replaced them. */
export const DEFAULT_RATING_THRESHOLDS = { GOOD: 80, FAIR: 65, AVERAGE: 50, WEAK: 0 } as const;

async function seedRatingThresholds(db: Db): Promise<void> {
  const validFrom = utcDate(2020, 1, 1);
  for (const scheme of ["GENERAL", "AGRICULTURE"] as const) {
    for (const [level, minScore] of Object.entries(DEFAULT_RATING_THRESHOLDS)) {
      const lvl = level as keyof typeof DEFAULT_RATING_THRESHOLDS;
      await db.ratingThreshold.upsert({
        where: { scheme_level_validFrom: { scheme, level: lvl, validFrom } },
        // The agricultural scheme may in fact rest on a separate circular of the
        // Ministry of Agriculture; the reference is data and an admin can correct it.
        create: { scheme, level: lvl, minScore: String(minScore), validFrom, legalRef: RATING_LEGAL_REF },
        update: {},
      });
    }
  }
}

export const TARGETS_VALID_FROM = utcDate(2023, 1, 1);

/**
 * The programmes of the catalogue (src/domain/programmes/catalogue.ts) and their targets'
 * first versions. What an admin has changed since (a programme's fields, a target's newer
 * version) is kept: rows are only created when missing.
 */
async function seedProgrammes(db: Db): Promise<void> {
  for (const p of PROGRAMME_CATALOGUE) {
    const scope = p.scopeCode
      ? await db.scope.findUnique({ where: { code: p.scopeCode }, select: { id: true } })
      : null;
    const programme = await db.programme.upsert({
      where: { code: p.code },
      create: {
        code: p.code,
        title: p.title,
        shortTitle: p.shortTitle,
        level: p.level,
        issuingBody: p.issuingBody,
        documentNumber: p.documentNumber,
        issuedOn: p.issuedOn ? new Date(`${p.issuedOn}T00:00:00.000Z`) : null,
        scopeId: scope?.id ?? null,
        baselineYear: p.baselineYear,
        sourceRef: p.sourceRef,
        isDefault: p.code === DISTRICT_PROGRAMME_CODE,
      },
      update: {},
      select: { id: true },
    });
    for (const t of p.targets) {
      await db.target.upsert({
        where: {
          programmeId_code_validFrom: { programmeId: programme.id, code: t.code, validFrom: TARGETS_VALID_FROM },
        },
        create: {
          programmeId: programme.id,
          code: t.code,
          kind: t.kind,
          title: t.title,
          horizonYear: t.horizonYear,
          comparator: t.comparator,
          value: String(t.value),
          unit: t.unit,
          definition: t.params as Prisma.InputJsonValue,
          sourceText: t.sourceText,
          explanation: t.explanation,
          validFrom: TARGETS_VALID_FROM,
        },
        // An admin may have changed the value or the definition: keep it.
        update: {},
      });
    }
  }
}

/** Creates the reference data that is missing. Safe to run any number of times. */
export async function seedReferenceData(prisma: Db): Promise<void> {
  const ids = await seedAreaUnits(prisma);
  await seedScope(prisma, ids);
  await seedRatingThresholds(prisma);
  await seedProgrammes(prisma);
}
