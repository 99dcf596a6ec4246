// The plan of organisations of one cluster (13 communes): who exists, founded when, with
// which status history. Counts follow a fixed script per year rather than pure chance,
// so the demo shows the intended story (HTX ~18 → ~28, THT ~22 → ~33) for every seed;
// the seed varies the details.
import type { OrgStatus, OrgType } from "@/generated/prisma/enums";
import { DAY, type Rng } from "./random";
import { utcDate } from "./reference";
import { AGRI_PRODUCTS, NON_AGRI, address, hamlet, hamletInline, type ProductKind } from "./demo-names";
import { isActiveAt, type Cluster, type GenContext, type OrgPlan } from "./demo-types";

// Yearly scripts, indexed by year - fromYear (later years repeat the last entry).
const NEW_HTX = [2, 3, 3, 4, 3];
const NEW_THT = [3, 3, 3, 4, 2];
const INITIAL_HTX = 18; // including the people's credit fund
const INITIAL_THT = 22;
const at = <T>(list: readonly T[], i: number) => list[Math.min(i, list.length - 1)];

type Draft = Omit<OrgPlan, "id" | "code" | "name" | "address" | "targetSize" | "memberGrowth"> & {
  label: string;
  stem: string;
};

function pickProduct(rng: Rng): ProductKind {
  return rng.weighted(
    AGRI_PRODUCTS,
    AGRI_PRODUCTS.map((p) => p.weight),
  );
}

export class ClusterPlanner {
  readonly orgs: OrgPlan[] = [];
  private readonly names = new Set<string>();
  private readonly seq: Record<OrgType, number> = { THT: 0, HTX: 0, LHHTX: 0 };

  constructor(
    private readonly ctx: GenContext,
    private readonly cluster: Cluster,
    private readonly rng: Rng,
  ) {}

  /** Commune of an organisation founded on `date`: the merged commune from 1/7/2025. */
  private commune(slot: number, date: Date) {
    const c = this.cluster.communes[slot];
    return date >= utcDate(2025, 7, 1) ? { id: c.newId, name: c.newName } : { id: c.oldId, name: c.name };
  }

  private slotByPopulation(): number {
    const cs = this.cluster.communes;
    return this.rng.weighted(
      cs.map((c) => c.slot),
      cs.map((c) => c.basePopulation),
    );
  }

  private uniqueName(base: string, fallback: () => string): string {
    let name = base;
    for (let i = 0; this.names.has(name) && i < 6; i++) name = fallback();
    for (let n = 2; this.names.has(name); n++) name = `${base} ${n}`;
    this.names.add(name);
    return name;
  }

  private draft(type: OrgType, slot: number, foundedOn: Date, credit = false): Draft {
    const rng = this.rng;
    const commune = this.commune(slot, foundedOn);
    const h = hamlet(rng);
    const agri = credit ? false : rng.chance(type === "THT" ? 0.85 : 0.8);
    const pk = agri ? pickProduct(rng) : undefined;
    const na = agri || credit ? undefined : rng.pick(NON_AGRI);
    const products = credit
      ? ["tín dụng nội bộ"]
      : pk
        ? [pk.product, ...(rng.chance(0.3) ? [pickProduct(rng).product] : [])]
        : [na!.product];
    // stem: the name without its place, reused with a hamlet when the name is taken.
    let stem: string;
    let place: string = commune.name;
    if (type === "THT") [stem, place] = [`THT ${pk?.tht ?? na!.tht}`, hamletInline(h)];
    else if (credit) stem = "Quỹ tín dụng nhân dân";
    else if (pk?.product === "lúa") stem = `HTX ${rng.pick(["Nông nghiệp", "Dịch vụ nông nghiệp", "Nông nghiệp"])}`;
    else stem = `HTX ${pk?.htx ?? na!.htx}`;
    const label = `${stem} ${place}`;
    return {
      type,
      label,
      stem,
      slot,
      communeId: commune.id,
      sector: credit ? "CREDIT" : agri ? "AGRICULTURE" : "NON_AGRICULTURE",
      products: [...new Set(products)],
      techFriendly: !!pk?.techFriendly,
      foundedOn,
      hasMemberRegister: type === "THT" ? rng.chance(0.2) : rng.chance(0.9) || credit,
      history: [{ status: "ACTIVE", from: foundedOn }],
      quality: rng.normal(0, 1) + (credit ? 1.5 : 0),
      chainProp: agri ? rng.normal(0, 1) : credit ? -9 : rng.normal(-1.5, 0.5),
      techProp: agri ? rng.normal(pk?.techFriendly ? 1 : 0, 1) : -9,
      digitalProp: rng.normal(type === "THT" ? -0.5 : 0.3, 1) + (credit ? 2 : 0),
    };
  }

  private add(d: Draft): OrgPlan {
    const seq = ++this.seq[d.type];
    const rng = this.rng;
    const { label, stem, ...rest } = d;
    const name = this.uniqueName(label, () => {
      const h = hamlet(rng);
      return d.type === "THT" || /^Ấp \d/.test(h) ? `${stem} ${hamletInline(h)}` : `${stem} ${h}`;
    });
    const org: OrgPlan = {
      ...rest,
      id: this.ctx.out.id("organisation"),
      code: `${d.type}-${this.cluster.districtCode}-${String(seq).padStart(3, "0")}`,
      name,
      address: address(rng, hamlet(rng)),
      targetSize: 0,
      memberGrowth: rng.between(0.03, 0.09),
    };
    this.orgs.push(org);
    return org;
  }

  private foundingDate(y: number): Date {
    const last = y === this.ctx.toYear ? utcDate(y, 9, 30) : utcDate(y, 11, 30);
    return this.rng.dateBetween(utcDate(y, 1, 15), last);
  }

  plan(): OrgPlan[] {
    const { rng, ctx } = this;
    const before = utcDate(ctx.fromYear - 1, 11, 30);
    // The people's credit fund of the district town: the oldest and largest HTX.
    this.add(this.draft("HTX", 0, rng.dateBetween(utcDate(1996, 6, 1), utcDate(1998, 12, 31)), true));
    // Every commune gets at least one HTX; codes follow the founding order, as
    // registration numbers do.
    const foundings: Array<{ type: "HTX" | "THT"; slot: number; date: Date }> = [];
    const slots = rng.shuffle(this.cluster.communes.map((c) => c.slot));
    for (let i = 1; i < INITIAL_HTX; i++) {
      const slot = i < slots.length ? slots[i] : this.slotByPopulation();
      foundings.push({ type: "HTX", slot, date: rng.dateBetween(utcDate(2003, 1, 1), before) });
    }
    for (let i = 0; i < INITIAL_THT; i++) {
      foundings.push({
        type: "THT",
        slot: this.slotByPopulation(),
        date: rng.dateBetween(utcDate(2012, 1, 1), before),
      });
    }
    for (const y of ctx.years) {
      const k = y - ctx.fromYear;
      for (let i = 0; i < at(NEW_HTX, k); i++)
        foundings.push({ type: "HTX", slot: this.slotByPopulation(), date: this.foundingDate(y) });
      for (let i = 0; i < at(NEW_THT, k); i++)
        foundings.push({ type: "THT", slot: this.slotByPopulation(), date: this.foundingDate(y) });
    }
    foundings.sort((a, b) => a.date.getTime() - b.date.getTime());
    for (const f of foundings) this.add(this.draft(f.type, f.slot, f.date));
    this.scriptExits();
    this.planUnions();
    for (const o of this.orgs) o.history.sort((a, b) => a.from.getTime() - b.from.getTime());
    return this.orgs;
  }

  /** Status changes: a few HTX suspended, dissolved or gone from their address; THT ending. */
  private scriptExits(): void {
    const { rng, ctx } = this;
    const d = (y: number, m: number) => rng.dateBetween(utcDate(y, m, 1), utcDate(y, m, 28));
    const taken = new Set<number>();
    const candidate = (type: OrgType, y: number) => {
      const pool = this.orgs.filter(
        (o) =>
          o.type === type &&
          o.sector !== "CREDIT" &&
          !taken.has(o.id) &&
          o.foundedOn.getTime() < utcDate(y - 1, 6, 30).getTime(),
      );
      const o = pool.length ? rng.pick(pool) : undefined;
      if (o) taken.add(o.id);
      return o;
    };
    const push = (o: OrgPlan | undefined, ...events: Array<[OrgStatus, Date]>) => {
      if (!o) return;
      for (const [status, from] of events) if (from <= ctx.asOf) o.history.push({ status, from });
    };
    for (const y of ctx.years) {
      const k = y - ctx.fromYear;
      const htx = candidate("HTX", y);
      if (k === 0) {
        push(htx, ["DISSOLVING", d(y, 3)], ["TERMINATED", d(y, 9)]);
        push(candidate("HTX", y), ["SUSPENDED", d(y, 4)], ["ACTIVE", d(y, 10)]);
      } else if (k === 1) push(htx, ["SUSPENDED", d(y, 4)], ["DISSOLVING", d(y, 10)], ["TERMINATED", d(y + 1, 5)]);
      else if (k === 2) push(htx, ["SUSPENDED", d(y, 6)]);
      else if (k === 3) push(htx, ["NOT_AT_ADDRESS", d(y, 8)]);
      else push(htx, ["DISSOLVING", d(y, 5)]);
      const tht = candidate("THT", y);
      if (y < ctx.toYear) push(tht, ["TERMINATING", d(y, 3)], ["TERMINATED", d(y, 8)]);
      else push(tht, ["TERMINATING", d(y, 6)]);
    }
  }

  readonly unions: Array<{ unionId: number; memberIds: number[]; joinedOn: Date }> = [];

  /** 1–2 unions of cooperatives, whose members are HTX (never persons). */
  private planUnions(): void {
    const { rng, ctx } = this;
    const specs = [
      {
        k: 1,
        label: `Liên hiệp HTX Nông nghiệp ${this.cluster.label}`,
        members: 4,
        product: undefined as string | undefined,
      },
      { k: 3, label: `Liên hiệp HTX Dừa ${this.cluster.label}`, members: 3, product: "dừa" },
    ];
    for (const s of specs) {
      const y = ctx.fromYear + s.k;
      if (y > ctx.toYear) continue;
      const founded = rng.dateBetween(utcDate(y, 2, 1), utcDate(y, 5, 31));
      const pool = this.orgs.filter((o) => o.type === "HTX" && o.sector === "AGRICULTURE" && isActiveAt(o, founded));
      const preferred = pool.filter((o) => !s.product || o.products.includes(s.product));
      const members = [...rng.sample(preferred, s.members), ...rng.sample(pool, s.members)]
        .filter((o, i, a) => a.indexOf(o) === i)
        .slice(0, s.members);
      if (members.length < 3) continue; // a union needs at least 3 member cooperatives
      const d = this.draft("HTX", 0, founded);
      const union = this.add({
        ...d,
        type: "LHHTX",
        label: s.label,
        sector: "AGRICULTURE",
        products: s.product ? [s.product] : ["lúa", "dừa", "bưởi da xanh"],
        hasMemberRegister: false,
        chainProp: 3,
        quality: rng.normal(0.8, 0.5),
      });
      union.targetSize = members.length;
      const joinedOn = new Date(founded.getTime() + rng.int(0, 20) * DAY);
      this.unions.push({ unionId: union.id, memberIds: members.map((m) => m.id), joinedOn });
    }
  }
}
