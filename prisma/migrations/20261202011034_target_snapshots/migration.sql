-- CreateTable
CREATE TABLE "TargetSnapshot" (
    "year" INTEGER NOT NULL,
    "asOf" DATE NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TargetSnapshot_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "TargetOrgFact" (
    "year" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "type" "OrgType" NOT NULL,
    "sector" "Sector" NOT NULL,
    "hasRegister" BOOLEAN NOT NULL,
    "foundedRecently" BOOLEAN NOT NULL,
    "reported" INTEGER,
    "effective" BOOLEAN,
    "hasReport" BOOLEAN NOT NULL,
    "approved" BOOLEAN NOT NULL,
    "hasRating" BOOLEAN NOT NULL,
    "eligible" BOOLEAN,
    "level" "RatingLevel",
    "chain" BOOLEAN NOT NULL,
    "digital" BOOLEAN NOT NULL,
    "tech" BOOLEAN NOT NULL,
    "techEvidence" BOOLEAN NOT NULL,
    "memberPairs" INTEGER NOT NULL,

    CONSTRAINT "TargetOrgFact_pkey" PRIMARY KEY ("year","organisationId")
);

-- CreateTable
CREATE TABLE "TargetMemberOverlap" (
    "year" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "type" "OrgType" NOT NULL,
    "sector" "Sector" NOT NULL,

    CONSTRAINT "TargetMemberOverlap_pkey" PRIMARY KEY ("year","personId","organisationId")
);

-- CreateTable
CREATE TABLE "TargetDirty" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" INTEGER,
    "personId" INTEGER,

    CONSTRAINT "TargetDirty_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TargetOrgFact_year_communeId_idx" ON "TargetOrgFact"("year", "communeId");

-- CreateIndex
CREATE INDEX "TargetMemberOverlap_year_communeId_idx" ON "TargetMemberOverlap"("year", "communeId");


-- Hand-written (Prisma's schema language has no triggers): every write to a table the
-- pre-aggregated target facts come from logs the organisations (and, for memberships,
-- the persons) it touched, once per statement, from the statement's transition tables.
-- Insert-only like "DataChange": writers never wait on each other. The refresh
-- (src/server/targets/snapshots.ts) recomputes what is logged and deletes the log rows
-- it saw. Transition tables allow one event per trigger, hence three per table.
-- Semicolons inside the bodies are spelled \073: the migration runner of
-- @prisma/adapter-pg splits scripts at every semicolon (see "data_change_log").
CREATE FUNCTION "ktt_dirty_by_org"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "TargetDirty" ("organisationId") SELECT DISTINCT "organisationId" FROM changed\073 RETURN NULL\073 END';
CREATE FUNCTION "ktt_dirty_by_org_update"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "TargetDirty" ("organisationId") SELECT "organisationId" FROM changed UNION SELECT "organisationId" FROM previous\073 RETURN NULL\073 END';
CREATE FUNCTION "ktt_dirty_organisation"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "TargetDirty" ("organisationId") SELECT "id" FROM changed\073 RETURN NULL\073 END';
CREATE FUNCTION "ktt_dirty_membership"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "TargetDirty" ("organisationId", "personId") SELECT DISTINCT "organisationId", "personId" FROM changed\073 RETURN NULL\073 END';
CREATE FUNCTION "ktt_dirty_membership_update"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "TargetDirty" ("organisationId", "personId") SELECT "organisationId", "personId" FROM changed UNION SELECT "organisationId", "personId" FROM previous\073 RETURN NULL\073 END';
-- TRUNCATE has no transition table: every snapshot is dropped (the overview computes
-- live until the next build).
CREATE FUNCTION "ktt_snapshots_truncated"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN DELETE FROM "TargetSnapshot"\073 RETURN NULL\073 END';

CREATE TRIGGER "ktt_dirty_insert" AFTER INSERT ON "Organisation" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_organisation"();
CREATE TRIGGER "ktt_dirty_update" AFTER UPDATE ON "Organisation" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_organisation"();
CREATE TRIGGER "ktt_dirty_delete" AFTER DELETE ON "Organisation" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_organisation"();
CREATE TRIGGER "ktt_snapshots_truncated" AFTER TRUNCATE ON "Organisation" FOR EACH STATEMENT EXECUTE FUNCTION "ktt_snapshots_truncated"();

CREATE TRIGGER "ktt_dirty_insert" AFTER INSERT ON "Membership" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_membership"();
CREATE TRIGGER "ktt_dirty_update" AFTER UPDATE ON "Membership" REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_membership_update"();
CREATE TRIGGER "ktt_dirty_delete" AFTER DELETE ON "Membership" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_membership"();
CREATE TRIGGER "ktt_snapshots_truncated" AFTER TRUNCATE ON "Membership" FOR EACH STATEMENT EXECUTE FUNCTION "ktt_snapshots_truncated"();

CREATE TRIGGER "ktt_dirty_insert" AFTER INSERT ON "OrgStatusChange" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_dirty_update" AFTER UPDATE ON "OrgStatusChange" REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org_update"();
CREATE TRIGGER "ktt_dirty_delete" AFTER DELETE ON "OrgStatusChange" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_snapshots_truncated" AFTER TRUNCATE ON "OrgStatusChange" FOR EACH STATEMENT EXECUTE FUNCTION "ktt_snapshots_truncated"();

CREATE TRIGGER "ktt_dirty_insert" AFTER INSERT ON "AnnualReport" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_dirty_update" AFTER UPDATE ON "AnnualReport" REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org_update"();
CREATE TRIGGER "ktt_dirty_delete" AFTER DELETE ON "AnnualReport" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_snapshots_truncated" AFTER TRUNCATE ON "AnnualReport" FOR EACH STATEMENT EXECUTE FUNCTION "ktt_snapshots_truncated"();

CREATE TRIGGER "ktt_dirty_insert" AFTER INSERT ON "Rating" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_dirty_update" AFTER UPDATE ON "Rating" REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org_update"();
CREATE TRIGGER "ktt_dirty_delete" AFTER DELETE ON "Rating" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_snapshots_truncated" AFTER TRUNCATE ON "Rating" FOR EACH STATEMENT EXECUTE FUNCTION "ktt_snapshots_truncated"();

CREATE TRIGGER "ktt_dirty_insert" AFTER INSERT ON "ValueChainLink" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_dirty_update" AFTER UPDATE ON "ValueChainLink" REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org_update"();
CREATE TRIGGER "ktt_dirty_delete" AFTER DELETE ON "ValueChainLink" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_snapshots_truncated" AFTER TRUNCATE ON "ValueChainLink" FOR EACH STATEMENT EXECUTE FUNCTION "ktt_snapshots_truncated"();

CREATE TRIGGER "ktt_dirty_insert" AFTER INSERT ON "HighTechApplication" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_dirty_update" AFTER UPDATE ON "HighTechApplication" REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org_update"();
CREATE TRIGGER "ktt_dirty_delete" AFTER DELETE ON "HighTechApplication" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_snapshots_truncated" AFTER TRUNCATE ON "HighTechApplication" FOR EACH STATEMENT EXECUTE FUNCTION "ktt_snapshots_truncated"();

CREATE TRIGGER "ktt_dirty_insert" AFTER INSERT ON "DigitalPractice" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_dirty_update" AFTER UPDATE ON "DigitalPractice" REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org_update"();
CREATE TRIGGER "ktt_dirty_delete" AFTER DELETE ON "DigitalPractice" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_org"();
CREATE TRIGGER "ktt_snapshots_truncated" AFTER TRUNCATE ON "DigitalPractice" FOR EACH STATEMENT EXECUTE FUNCTION "ktt_snapshots_truncated"();
