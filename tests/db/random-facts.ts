// Random rows that exercise every rule of the targets engine: ceased communes with
// successors, status changes inside a year, persons in several organisations,
// organisations without a register, missing and ineligible ratings, records without
// evidence, unapproved reports, population gaps. Seeded, so failures reproduce.
import type { PrismaClient } from "@/generated/prisma/client";

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);
const day = (r: ReturnType<typeof rng>, from: number, to: number) =>
  `${r.int(from, to)}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;

export async function insertRandomFacts(
  prisma: PrismaClient,
  { seed, organisations }: { seed: number; organisations: number },
) {
  const r = rng(seed);
  const unit = (
    code: string,
    name: string,
    validFrom: string,
    validTo: string | null,
    successorId: number | null = null,
  ) =>
    prisma.areaUnit.create({
      data: {
        code,
        name,
        kind: "Xã",
        level: "COMMUNE",
        validFrom: d(validFrom),
        validTo: validTo ? d(validTo) : null,
        successorId,
      },
    });
  const newA = await unit("N1", "Mới Một", "2025-07-01", null);
  const newB = await unit("N2", "Mới Hai", "2025-07-01", null);
  const olds = [
    await unit("O1", "Cũ Một", "2000-01-01", "2025-06-30", newA.id),
    await unit("O2", "Cũ Hai", "2000-01-01", "2025-06-30", newA.id),
    await unit("O3", "Cũ Ba", "2000-01-01", "2025-06-30", newB.id),
    await unit("O4", "Cũ Bốn", "2000-01-01", "2025-06-30", newB.id),
  ];
  const lasting = await unit("K1", "Không đổi", "2000-01-01", null);

  for (const u of [...olds, lasting]) {
    for (let y = 2022; y <= 2025; y++) {
      if (r.chance(0.9))
        await prisma.population.create({ data: { areaUnitId: u.id, year: y, population: r.int(5000, 15000) } });
    }
  }
  for (const u of [newA, newB, lasting]) {
    for (let y = 2025; y <= 2026; y++) {
      if (u === lasting && y === 2025) continue;
      if (r.chance(0.9))
        await prisma.population.create({ data: { areaUnitId: u.id, year: y, population: r.int(15000, 30000) } });
    }
  }

  const persons = [];
  for (let i = 0; i < 260; i++)
    persons.push(await prisma.person.create({ data: { fullName: `Người ${i}`, birthYear: r.int(1950, 2000) } }));

  const statuses = ["ACTIVE", "SUSPENDED", "DISSOLVING", "TERMINATED", "NOT_AT_ADDRESS"] as const;
  for (let i = 0; i < organisations; i++) {
    const type = r.pick(["THT", "THT", "HTX", "HTX", "HTX", "LHHTX"] as const);
    const founded = day(r, 2015, 2026);
    const commune = founded >= "2025-07-01" ? r.pick([newA, newB, lasting]) : r.pick([...olds, lasting]);
    const org = await prisma.organisation.create({
      data: {
        code: `R-${i}`,
        type,
        name: `Tổ chức ${i}`,
        communeId: commune.id,
        sector: r.pick(["AGRICULTURE", "AGRICULTURE", "NON_AGRICULTURE", "CREDIT"] as const),
        foundedOn: r.chance(0.95) ? d(founded) : null,
        hasMemberRegister: type === "HTX" ? r.chance(0.8) : type === "THT" ? r.chance(0.3) : false,
      },
    });
    // status history: active from founding, then 0-2 changes, some inside a data year
    const history = new Set([founded]);
    await prisma.orgStatusChange.create({
      data: { organisationId: org.id, status: "ACTIVE", effectiveFrom: d(founded) },
    });
    for (let k = r.int(0, 2); k > 0; k--) {
      const at = day(r, Number(founded.slice(0, 4)), 2026);
      if (at <= founded || history.has(at)) continue;
      history.add(at);
      await prisma.orgStatusChange.create({
        data: { organisationId: org.id, status: r.pick(statuses), effectiveFrom: d(at) },
      });
    }
    if (org.hasMemberRegister) {
      for (let k = r.int(2, 14); k > 0; k--) {
        const joined = day(r, 2015, 2026);
        const left = r.chance(0.2) ? day(r, Number(joined.slice(0, 4)), 2026) : null;
        await prisma.membership.upsert({
          where: {
            organisationId_personId_joinedOn: {
              organisationId: org.id,
              personId: r.pick(persons).id,
              joinedOn: d(joined),
            },
          },
          create: {
            organisationId: org.id,
            personId: r.pick(persons).id,
            joinedOn: d(joined),
            leftOn: left && left > joined ? d(left) : null,
          },
          update: {},
        });
      }
    }
    for (let y = 2022; y <= 2026; y++) {
      if (r.chance(0.85)) {
        await prisma.annualReport.create({
          data: {
            organisationId: org.id,
            year: y,
            memberCount: r.chance(0.85) ? r.int(5, 120) : null,
            effective: type === "THT" ? r.pick([true, true, false, null]) : null,
            approvalStatus: r.pick(["APPROVED", "APPROVED", "APPROVED", "SUBMITTED", "DRAFT", "RETURNED"] as const),
          },
        });
      }
      if (type !== "THT" && r.chance(0.8)) {
        const eligible = r.chance(0.85);
        await prisma.rating.create({
          data: {
            organisationId: org.id,
            year: y,
            eligible,
            level: eligible && r.chance(0.9) ? r.pick(["GOOD", "FAIR", "AVERAGE", "WEAK"] as const) : null,
          },
        });
      }
      if (r.chance(0.5))
        await prisma.digitalPractice.create({ data: { organisationId: org.id, year: y, practice: "E_COMMERCE" } });
    }
    for (let k = r.int(0, 2); k > 0; k--) {
      const from = day(r, 2019, 2026);
      const to = r.chance(0.5) ? day(r, Number(from.slice(0, 4)), 2027) : null;
      await prisma.valueChainLink.create({
        data: {
          organisationId: org.id,
          partnerName: "Đối tác",
          role: "MEMBER",
          product: "Lúa",
          validFrom: d(from),
          validTo: to && to >= from ? d(to) : null,
        },
      });
    }
    if (type === "HTX" && r.chance(0.4)) {
      for (let k = r.int(1, 2); k > 0; k--) {
        const from = day(r, 2019, 2026);
        await prisma.highTechApplication.create({
          data: {
            organisationId: org.id,
            technologyType: "VIETGAP",
            evidence: r.pick([null, "", "Giấy chứng nhận VietGAP số 12"]),
            validFrom: d(from),
            validTo: r.chance(0.3) ? d(`${Number(from.slice(0, 4)) + 2}-12-31`) : null,
          },
        });
      }
    }
  }
}
