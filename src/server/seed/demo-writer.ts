// Buffered bulk insertion for the demo generator. Rows carry ids assigned here
// (max(id)+1 onwards) so children can reference parents without a round trip per row;
// buffers are flushed in foreign-key order with createMany, and the id sequences are
// moved past the inserted ids at the end.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { col, queryOne } from "../db/typed-sql";

export type Db = PrismaClient | Prisma.TransactionClient;

export type RowsByModel = {
  areaUnit: Prisma.AreaUnitCreateManyInput;
  population: Prisma.PopulationCreateManyInput;
  organisation: Prisma.OrganisationCreateManyInput;
  orgStatusChange: Prisma.OrgStatusChangeCreateManyInput;
  person: Prisma.PersonCreateManyInput;
  membership: Prisma.MembershipCreateManyInput;
  unionMembership: Prisma.UnionMembershipCreateManyInput;
  annualReport: Prisma.AnnualReportCreateManyInput;
  rating: Prisma.RatingCreateManyInput;
  valueChainLink: Prisma.ValueChainLinkCreateManyInput;
  highTechApplication: Prisma.HighTechApplicationCreateManyInput;
  digitalPractice: Prisma.DigitalPracticeCreateManyInput;
  supportReceived: Prisma.SupportReceivedCreateManyInput;
};
export type ModelKey = keyof RowsByModel;

/** Parents before children: flushing a model first flushes everything before it. */
export const MODEL_ORDER: readonly ModelKey[] = [
  "areaUnit",
  "population",
  "organisation",
  "orgStatusChange",
  "person",
  "membership",
  "unionMembership",
  "annualReport",
  "rating",
  "valueChainLink",
  "highTechApplication",
  "digitalPractice",
  "supportReceived",
];

/** Table names as created by the migration (Prisma keeps the model names). */
export const TABLE_NAMES: Record<ModelKey, string> = {
  areaUnit: "AreaUnit",
  population: "Population",
  organisation: "Organisation",
  orgStatusChange: "OrgStatusChange",
  person: "Person",
  membership: "Membership",
  unionMembership: "UnionMembership",
  annualReport: "AnnualReport",
  rating: "Rating",
  valueChainLink: "ValueChainLink",
  highTechApplication: "HighTechApplication",
  digitalPractice: "DigitalPractice",
  supportReceived: "SupportReceived",
};

// PostgreSQL accepts at most 65,535 bind parameters per statement.
const MAX_PARAMS = 30_000;

/** A column of a bulk insert through unnest(): one array parameter per column. */
type Column = { name: string; cast: string };
const isoDate = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
const asText = (v: unknown) => (typeof v === "bigint" ? v.toString() : v);

// The two high-volume tables (hundreds of thousands of rows at scale 20) bypass
// createMany: building its query in JavaScript costs far more than PostgreSQL's work,
// while INSERT … SELECT FROM unnest(arrays) sends one parameter per column.
const UNNEST_COLUMNS: Partial<Record<ModelKey, Column[]>> = {
  person: [
    { name: "id", cast: "int[]" },
    { name: "kind", cast: '"MemberKind"[]' },
    { name: "fullName", cast: "text[]" },
    { name: "birthYear", cast: "int[]" },
    { name: "gender", cast: '"Gender"[]' },
    { name: "ethnicity", cast: "text[]" },
    { name: "communeId", cast: "int[]" },
  ],
  membership: [
    { name: "id", cast: "int[]" },
    { name: "organisationId", cast: "int[]" },
    { name: "personId", cast: "int[]" },
    { name: "memberType", cast: '"MemberType"[]' },
    { name: "joinedOn", cast: "date[]" },
    { name: "leftOn", cast: "date[]" },
    { name: "capitalContributed", cast: "bigint[]" },
  ],
};

export class BatchWriter {
  private readonly buffers = new Map<ModelKey, unknown[]>();
  private readonly nextIds = new Map<ModelKey, number>();
  readonly inserted = new Map<ModelKey, number>();

  constructor(
    private readonly db: Db,
    private readonly batchSize = 5_000,
  ) {}

  /** Reads max(id) of every table once; ids are then handed out locally. */
  async init(): Promise<void> {
    for (const model of MODEL_ORDER) {
      const { max } = await queryOne(
        this.db,
        `max id of ${TABLE_NAMES[model]}`,
        z.object({ max: col.int().nullable() }),
        // The table name comes from TABLE_NAMES, never from input.
        Prisma.sql`SELECT MAX(id)::int AS max FROM ${Prisma.raw(`"${TABLE_NAMES[model]}"`)}`,
      );
      this.nextIds.set(model, (max ?? 0) + 1);
    }
  }

  id(model: ModelKey): number {
    const id = this.nextIds.get(model);
    if (id === undefined) throw new Error("BatchWriter.init() was not called");
    this.nextIds.set(model, id + 1);
    return id;
  }

  async push<K extends ModelKey>(model: K, row: RowsByModel[K]): Promise<void> {
    let buf = this.buffers.get(model);
    if (!buf) this.buffers.set(model, (buf = []));
    buf.push(row);
    if (buf.length >= this.batchSize) await this.flushThrough(model);
  }

  /** Flushes `model` and every model its rows may reference. */
  async flushThrough(model: ModelKey): Promise<void> {
    for (const m of MODEL_ORDER) {
      await this.flushOne(m);
      if (m === model) return;
    }
  }

  async flushAll(): Promise<void> {
    for (const m of MODEL_ORDER) await this.flushOne(m);
  }

  private async flushOne(model: ModelKey): Promise<void> {
    const rows = this.buffers.get(model);
    if (!rows || rows.length === 0) return;
    this.buffers.set(model, []);
    const unnestColumns = UNNEST_COLUMNS[model];
    if (unnestColumns) {
      for (let i = 0; i < rows.length; i += this.batchSize) {
        await this.insertUnnest(TABLE_NAMES[model], unnestColumns, rows.slice(i, i + this.batchSize));
      }
      this.inserted.set(model, (this.inserted.get(model) ?? 0) + rows.length);
      return;
    }
    // Prisma adds parameters for defaults (createdAt, updatedAt, version): allow for them.
    let columns = 0;
    for (const r of rows.slice(0, 50)) columns = Math.max(columns, Object.keys(r as object).length);
    columns += 4;
    const chunk = Math.max(1, Math.floor(MAX_PARAMS / columns));
    for (let i = 0; i < rows.length; i += chunk) {
      await this.insert(model, rows.slice(i, i + chunk));
    }
    this.inserted.set(model, (this.inserted.get(model) ?? 0) + rows.length);
  }

  private async insertUnnest(table: string, columns: Column[], rows: unknown[]): Promise<void> {
    // Arrays travel as text ('{…}' literals are built by the driver); dates as
    // YYYY-MM-DD and BigInt as decimal strings, cast back by PostgreSQL.
    const arrays = columns.map((c) =>
      rows.map((r) => {
        const v = (r as Record<string, unknown>)[c.name];
        return v === undefined || v === null ? null : asText(isoDate(v));
      }),
    );
    const names = columns.map((c) => `"${c.name}"`).join(", ");
    const params = columns.map((c, i) => `$${i + 1}::text[]::${c.cast}`).join(", ");
    await this.db.$executeRawUnsafe(
      `INSERT INTO "${table}" (${names}, "updatedAt") SELECT u.*, now() FROM unnest(${params}) AS u`,
      ...arrays,
    );
  }

  // One typed call per model: Prisma delegates share no common callable type.
  private async insert(model: ModelKey, rows: unknown[]): Promise<void> {
    const db = this.db;
    switch (model) {
      case "areaUnit":
        await db.areaUnit.createMany({ data: rows as RowsByModel["areaUnit"][] });
        return;
      case "population":
        await db.population.createMany({ data: rows as RowsByModel["population"][] });
        return;
      case "organisation":
        await db.organisation.createMany({ data: rows as RowsByModel["organisation"][] });
        return;
      case "orgStatusChange":
        await db.orgStatusChange.createMany({ data: rows as RowsByModel["orgStatusChange"][] });
        return;
      case "person":
        await db.person.createMany({ data: rows as RowsByModel["person"][] });
        return;
      case "membership":
        await db.membership.createMany({ data: rows as RowsByModel["membership"][] });
        return;
      case "unionMembership":
        await db.unionMembership.createMany({ data: rows as RowsByModel["unionMembership"][] });
        return;
      case "annualReport":
        await db.annualReport.createMany({ data: rows as RowsByModel["annualReport"][] });
        return;
      case "rating":
        await db.rating.createMany({ data: rows as RowsByModel["rating"][] });
        return;
      case "valueChainLink":
        await db.valueChainLink.createMany({ data: rows as RowsByModel["valueChainLink"][] });
        return;
      case "highTechApplication":
        await db.highTechApplication.createMany({ data: rows as RowsByModel["highTechApplication"][] });
        return;
      case "digitalPractice":
        await db.digitalPractice.createMany({ data: rows as RowsByModel["digitalPractice"][] });
        return;
      case "supportReceived":
        await db.supportReceived.createMany({ data: rows as RowsByModel["supportReceived"][] });
        return;
    }
  }

  /** Moves every id sequence past the ids inserted with explicit values. */
  async syncSequences(): Promise<void> {
    for (const model of MODEL_ORDER) {
      const table = TABLE_NAMES[model];
      await this.db.$executeRawUnsafe(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT MAX(id) FROM "${table}"), 0) + 1, false)`,
      );
    }
  }
}
