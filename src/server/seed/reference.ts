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
/** Last day of the district and of its 13 communes (reorganisation effective 1/7/2025). */
export const OLD_UNITS_VALID_TO = utcDate(2025, 6, 30);
export const NEW_UNITS_VALID_FROM = utcDate(2025, 7, 1);
// Founding dates of the province and district are approximate (Tiền Giang 1976, Gò Công
// Tây split from Gò Công district in 1979); no target depends on them.
const OLD_UNITS_VALID_FROM = utcDate(1979, 1, 1);

/** A unit is identified by its code and the day it begins: official codes are reused
 *  across the 2025 arrangement (both provinces are 82, see below). Usable as Prisma's
 *  `where: { code_validFrom: … }`. */
export type UnitKey = { code: string; validFrom: Date };
/** "28651@2025-07-01": a unit's key as a map key. */
export const unitKeyString = (u: UnitKey) => `${u.code}@${u.validFrom.toISOString().slice(0, 10)}`;

export const PROVINCE_TIEN_GIANG: UnitKey = { code: "82", validFrom: utcDate(1976, 1, 1) };
/** The province formed on 1/7/2025 by merging Tiền Giang and (old) Đồng Tháp (87); it
 *  kept Tiền Giang's code 82 (Công văn 915/CTK-CSCL of Cục Thống kê). */
export const PROVINCE_DONG_THAP: UnitKey = { code: "82", validFrom: NEW_UNITS_VALID_FROM };
export const DISTRICT_GCT: UnitKey = { code: "823", validFrom: OLD_UNITS_VALID_FROM };

export type CommuneRef = {
  code: string;
  /** Name without the "Xã"/"Thị trấn" prefix, as used in organisation names. */
  name: string;
  kind: "Xã" | "Thị trấn";
  validFrom: Date;
  /** Code of the new commune that took it over on 1/7/2025. */
  successorCode?: string;
};

// The 13 communes of Gò Công Tây before 1/7/2025, with their official codes (list of
// administrative units of Việt Nam, Cục Thống kê, in force until 30/06/2025: district 823
// of province 82). Merger map: Nghị quyết 1663/NQ-UBTVQH15 ngày 16/6/2025 of the National
// Assembly Standing Committee on the commune-level units of Đồng Tháp, items 71–75.
const OLD = (code: string, name: string, successorCode: string, kind: CommuneRef["kind"] = "Xã"): CommuneRef => ({
  code,
  name,
  kind,
  validFrom: OLD_UNITS_VALID_FROM,
  successorCode,
});
export const GCT_OLD_COMMUNES: readonly CommuneRef[] = [
  OLD("28651", "Vĩnh Bình", "28651", "Thị trấn"),
  OLD("28654", "Đồng Sơn", "28660"),
  OLD("28657", "Bình Phú", "28663"),
  OLD("28660", "Đồng Thạnh", "28660"),
  OLD("28663", "Thành Công", "28663"),
  OLD("28666", "Bình Nhì", "28660"),
  OLD("28669", "Yên Luông", "28663"),
  OLD("28672", "Thạnh Trị", "28651"),
  OLD("28675", "Thạnh Nhựt", "28651"),
  OLD("28678", "Long Vĩnh", "28678"),
  OLD("28681", "Bình Tân", "28687"),
  OLD("28684", "Vĩnh Hựu", "28678"),
  OLD("28687", "Long Bình", "28687"),
];

// Communes from 1/7/2025, directly under the province (no district level any more), with
// the codes of Công văn 1027/CTK-CSCL ngày 25/6/2025 of Cục Thống kê: each kept the code
// of one of the communes it was formed from, so a code alone is ambiguous across the date.
const NEW = (code: string, name: string): CommuneRef => ({ code, name, kind: "Xã", validFrom: NEW_UNITS_VALID_FROM });
export const GCT_NEW_COMMUNES: readonly CommuneRef[] = [
  NEW("28651", "Vĩnh Bình"),
  NEW("28660", "Đồng Sơn"),
  NEW("28663", "Phú Thành"),
  NEW("28678", "Vĩnh Hựu"),
  NEW("28687", "Long Bình"),
];

type AreaSeed = UnitKey & {
  name: string;
  kind: string;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  parent?: UnitKey;
  validTo?: Date;
  sourceRef: string;
};

const OLD_SOURCE =
  "Quyết định 155-CP ngày 13/4/1979 (chia huyện Gò Công), thôi tồn tại từ 01/07/2025 theo Nghị quyết 1663/NQ-UBTVQH15 ngày 16/6/2025, mã theo Danh mục đơn vị hành chính Việt Nam (Cục Thống kê) áp dụng đến 30/06/2025";
const NEW_SOURCE =
  "Nghị quyết 1663/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã tỉnh Đồng Tháp (hiệu lực 01/07/2025), mã theo Công văn 1027/CTK-CSCL ngày 25/6/2025 của Cục Thống kê";

function areaSeeds(): AreaSeed[] {
  return [
    {
      ...PROVINCE_TIEN_GIANG,
      name: "Tỉnh Tiền Giang",
      kind: "Tỉnh",
      level: "PROVINCE",
      validTo: OLD_UNITS_VALID_TO,
      sourceRef: "Danh mục đơn vị hành chính (mã tỉnh 82), hợp nhất vào tỉnh Đồng Tháp từ 01/07/2025",
    },
    {
      ...PROVINCE_DONG_THAP,
      name: "Tỉnh Đồng Tháp",
      kind: "Tỉnh",
      level: "PROVINCE",
      sourceRef:
        "Công văn 915/CTK-CSCL của Cục Thống kê (mã tỉnh 82), tỉnh Đồng Tháp sau hợp nhất từ 01/07/2025 (Nghị quyết 202/2025/QH15)",
    },
    {
      ...DISTRICT_GCT,
      name: "Huyện Gò Công Tây",
      kind: "Huyện",
      level: "DISTRICT",
      parent: PROVINCE_TIEN_GIANG,
      validTo: OLD_UNITS_VALID_TO,
      sourceRef: "Quyết định 155-CP ngày 13/4/1979 (mã 823), cấp huyện chấm dứt hoạt động từ 01/07/2025",
    },
    ...GCT_OLD_COMMUNES.map((c) => ({
      code: c.code,
      validFrom: c.validFrom,
      name: c.name,
      kind: c.kind,
      level: "COMMUNE" as const,
      parent: DISTRICT_GCT,
      validTo: OLD_UNITS_VALID_TO,
      sourceRef: OLD_SOURCE,
    })),
    ...GCT_NEW_COMMUNES.map((c) => ({
      code: c.code,
      validFrom: c.validFrom,
      name: c.name,
      kind: c.kind,
      level: "COMMUNE" as const,
      parent: PROVINCE_DONG_THAP,
      sourceRef: NEW_SOURCE,
    })),
  ];
}

/** Ids of the reference units, by `code@validFrom`. */
type UnitIds = { get(key: UnitKey): number | undefined };

async function seedAreaUnits(db: Db): Promise<UnitIds> {
  const ids = new Map<string, number>();
  for (const a of areaSeeds()) {
    const parentId = a.parent ? ids.get(unitKeyString(a.parent)) : undefined;
    const row = await db.areaUnit.upsert({
      where: { code_validFrom: { code: a.code, validFrom: a.validFrom } },
      create: {
        code: a.code,
        name: a.name,
        kind: a.kind,
        level: a.level,
        parentId: parentId ?? null,
        validFrom: a.validFrom,
        validTo: a.validTo ?? null,
        sourceRef: a.sourceRef,
        codeOfficial: true,
      },
      update: {},
      select: { id: true },
    });
    ids.set(unitKeyString(a), row.id);
  }
  const unitIds: UnitIds = { get: (k) => ids.get(unitKeyString(k)) };
  // Successors only once both ends exist; never replace a successor set by an admin.
  for (const c of GCT_OLD_COMMUNES) {
    const successor = GCT_NEW_COMMUNES.find((n) => n.code === c.successorCode);
    const successorId = successor && unitIds.get(successor);
    const id = unitIds.get(c);
    if (successorId === undefined || id === undefined) continue;
    await db.areaUnit.updateMany({ where: { id, successorId: null }, data: { successorId } });
  }
  const successorProvince = unitIds.get(PROVINCE_DONG_THAP);
  // The province merged into the new one; the district's territory passed to the (new)
  // province when districts were abolished.
  for (const old of [PROVINCE_TIEN_GIANG, DISTRICT_GCT]) {
    const id = unitIds.get(old);
    if (id === undefined || successorProvince === undefined) continue;
    await db.areaUnit.updateMany({ where: { id, successorId: null }, data: { successorId: successorProvince } });
  }
  return unitIds;
}

async function seedScope(db: Db, ids: UnitIds): Promise<void> {
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
  const unitIds = [...GCT_OLD_COMMUNES, ...GCT_NEW_COMMUNES].map((c) => ids.get(c)!);
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
