// Random rows that exercise every rule of the targets engine: ceased communes with
// successors, status changes inside a year, persons in several organisations,
// organisations without a register, missing and ineligible ratings, records without
// evidence, population gaps, and changes of every kind a commune official made that wait
// for approval (so the approved and the working state differ). Seeded, so failures reproduce.
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
  await pendingEdits(prisma, r, persons, [...olds, newA, newB, lasting]);
  // Their own stream, so the rows above stay those the other tests were written against.
  await unionRegisters(prisma, rng(seed + 1_000));
}

/**
 * Member cooperatives of the unions (LHHTX_MEMBER_HTX): joined and left on random days,
 * some members in two unions, and a commune official's changes waiting for approval.
 */
async function unionRegisters(prisma: PrismaClient, r: ReturnType<typeof rng>) {
  const unions = await prisma.organisation.findMany({ where: { type: "LHHTX" }, orderBy: { id: "asc" } });
  const coops = await prisma.organisation.findMany({ where: { type: "HTX" }, orderBy: { id: "asc" } });
  if (coops.length === 0) return;
  for (const u of unions) {
    for (let k = r.int(0, 6); k > 0; k--) {
      const joined = day(r, 2018, 2026);
      const left = r.chance(0.25) ? day(r, Number(joined.slice(0, 4)), 2026) : null;
      await prisma.unionMembership.createMany({
        data: [
          {
            unionId: u.id,
            memberOrgId: r.pick(coops).id,
            joinedOn: d(joined),
            leftOn: left && left > joined ? d(left) : null,
          },
        ],
        skipDuplicates: true,
      });
    }
  }
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('ktt.pending_by', '1', true)`;
    for (const u of unions) {
      if (!r.chance(0.5)) continue;
      const m = await tx.unionMembership.findFirst({ where: { unionId: u.id }, orderBy: { id: "asc" } });
      if (m && r.chance(0.5))
        await tx.unionMembership.update({ where: { id: m.id }, data: { leftOn: d("2023-06-30") } });
      else if (m) await tx.unionMembership.delete({ where: { id: m.id } });
      else
        await tx.unionMembership.create({
          data: { unionId: u.id, memberOrgId: r.pick(coops).id, joinedOn: d(day(r, 2020, 2024)) },
        });
    }
  });
}

/**
 * Writes as a commune official (the approval gate's marker), so each lands in
 * PendingChange with the row as it was: identity, status, members (join, leave, delete),
 * report, rating, linkages, high technology, digital practices, population, and new
 * organisations. The approved state is then the data before these edits.
 */
async function pendingEdits(
  prisma: PrismaClient,
  r: ReturnType<typeof rng>,
  persons: { id: number }[],
  communes: { id: number }[],
) {
  await prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('ktt.pending_by', '1', true)`;
      const orgs = await tx.organisation.findMany({ orderBy: { id: "asc" } });
      for (const o of orgs) {
        if (!r.chance(0.3)) continue;
        const kind = r.int(0, 10);
        if (kind === 0)
          await tx.organisation.update({
            where: { id: o.id },
            data: r.chance(0.5)
              ? { type: o.type === "HTX" ? "THT" : "HTX", hasMemberRegister: !o.hasMemberRegister }
              : { communeId: r.pick(communes).id, sector: r.pick(["AGRICULTURE", "CREDIT"] as const) },
          });
        else if (kind === 1)
          await tx.orgStatusChange.upsert({
            where: { organisationId_effectiveFrom: { organisationId: o.id, effectiveFrom: d(day(r, 2022, 2026)) } },
            create: {
              organisationId: o.id,
              status: r.pick(["ACTIVE", "SUSPENDED", "TERMINATED"] as const),
              effectiveFrom: d(day(r, 2022, 2026)),
            },
            update: { status: "SUSPENDED" },
          });
        else if (kind === 2)
          await tx.membership.createMany({
            data: [{ organisationId: o.id, personId: r.pick(persons).id, joinedOn: d(day(r, 2020, 2026)) }],
            skipDuplicates: true,
          });
        else if (kind === 3 || kind === 4) {
          const m = await tx.membership.findFirst({ where: { organisationId: o.id }, orderBy: { id: "asc" } });
          if (m && kind === 3)
            await tx.membership.update({
              where: { id: m.id },
              data: { leftOn: d(day(r, 2022, 2026)), capitalContributed: 5_000_000n },
            });
          if (m && kind === 4) await tx.membership.delete({ where: { id: m.id } });
        } else if (kind === 5) {
          const y = r.int(2022, 2026);
          await tx.annualReport.upsert({
            where: { organisationId_year: { organisationId: o.id, year: y } },
            create: { organisationId: o.id, year: y, memberCount: r.int(5, 90), effective: r.chance(0.5) },
            update: { memberCount: r.int(5, 90), effective: r.pick([true, false, null]) },
          });
        } else if (kind === 6) {
          const rt = await tx.rating.findFirst({ where: { organisationId: o.id }, orderBy: { year: "desc" } });
          if (rt && r.chance(0.5)) await tx.rating.delete({ where: { id: rt.id } });
          else if (rt)
            await tx.rating.update({
              where: { id: rt.id },
              data: { level: r.pick(["GOOD", "WEAK"] as const), eligible: r.chance(0.8) },
            });
          else
            await tx.rating.create({
              data: { organisationId: o.id, year: r.int(2022, 2026), eligible: true, level: "GOOD" },
            });
        } else if (kind === 7) {
          const l = await tx.valueChainLink.findFirst({ where: { organisationId: o.id } });
          if (l) await tx.valueChainLink.delete({ where: { id: l.id } });
          else
            await tx.valueChainLink.create({
              data: {
                organisationId: o.id,
                partnerName: "Đối tác mới",
                role: "LEAD",
                product: "Dừa",
                validFrom: d(day(r, 2021, 2026)),
              },
            });
        } else if (kind === 8)
          await tx.highTechApplication.create({
            data: {
              organisationId: o.id,
              technologyType: "IOT",
              evidence: r.pick([null, "Biên bản 3"]),
              validFrom: d(day(r, 2021, 2026)),
            },
          });
        else if (kind === 9) {
          const dp = await tx.digitalPractice.findFirst({ where: { organisationId: o.id } });
          if (dp) await tx.digitalPractice.delete({ where: { id: dp.id } });
          else
            await tx.digitalPractice.create({
              data: { organisationId: o.id, year: r.int(2022, 2026), practice: "DIGITAL_PAYMENT" },
            });
        } else {
          const y = r.int(2022, 2026);
          const unit = r.pick(communes);
          await tx.population.upsert({
            where: { areaUnitId_year: { areaUnitId: unit.id, year: y } },
            create: { areaUnitId: unit.id, year: y, population: r.int(5000, 30000) },
            update: { population: r.int(5000, 30000) },
          });
        }
      }
      // organisations created pending, with their whole register
      for (let i = 0; i < 4; i++) {
        const type = r.pick(["THT", "HTX"] as const);
        const o = await tx.organisation.create({
          data: {
            code: `P-${i}`,
            type,
            name: `Tổ chức chờ duyệt ${i}`,
            communeId: r.pick(communes).id,
            sector: "AGRICULTURE",
            foundedOn: d(day(r, 2020, 2024)),
            hasMemberRegister: r.chance(0.5),
          },
        });
        await tx.orgStatusChange.create({
          data: { organisationId: o.id, status: "ACTIVE", effectiveFrom: d("2020-01-01") },
        });
        await tx.annualReport.create({ data: { organisationId: o.id, year: 2024, memberCount: 30, effective: true } });
        for (let k = 0; k < 5; k++)
          await tx.membership.createMany({
            data: [{ organisationId: o.id, personId: r.pick(persons).id, joinedOn: d("2021-03-01") }],
            skipDuplicates: true,
          });
        if (type === "HTX")
          await tx.rating.create({ data: { organisationId: o.id, year: 2024, eligible: true, level: "FAIR" } });
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
