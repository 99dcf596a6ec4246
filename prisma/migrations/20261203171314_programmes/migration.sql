-- Programmes as data (issue 12). Hand-edited: the existing targets belong to the district
-- programme 26-CTr/TU, created here so a database with targets keeps them. The seed adds
-- Resolution 20-NQ/TW and the province template (src/domain/programmes/catalogue.ts).

-- CreateEnum
CREATE TYPE "ProgrammeLevel" AS ENUM ('NATIONAL', 'PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateTable
CREATE TABLE "Programme" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortTitle" TEXT NOT NULL,
    "level" "ProgrammeLevel" NOT NULL,
    "issuingBody" TEXT NOT NULL DEFAULT '',
    "documentNumber" TEXT NOT NULL DEFAULT '',
    "issuedOn" DATE,
    "scopeId" INTEGER,
    "baselineYear" INTEGER NOT NULL DEFAULT 2022,
    "sourceRef" TEXT NOT NULL DEFAULT '',
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_scopeId_fkey" FOREIGN KEY ("scopeId") REFERENCES "Scope"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The district programme, where the data already has targets or its territory.
INSERT INTO "Programme" (code, title, "shortTitle", level, "issuingBody", "documentNumber", "scopeId", "baselineYear", "sourceRef", "isDefault", "updatedAt")
SELECT 'CTR26-GCT', 'Chương trình hành động thực hiện Nghị quyết 20-NQ/TW của Huyện ủy Gò Công Tây', 'Chương trình 26-CTr/TU', 'DISTRICT', 'Ban Chấp hành Đảng bộ huyện Gò Công Tây', '26-CTr/TU', (SELECT id FROM "Scope" WHERE code = 'GCT-26-CTR'), 2022, 'Chương trình 26-CTr/TU, mục III.2 (Mục tiêu cụ thể)', true, now()
WHERE EXISTS (SELECT 1 FROM "Target") OR EXISTS (SELECT 1 FROM "Scope" WHERE code = 'GCT-26-CTR');

-- Target: its programme and kind (the district's codes are their kinds).
DROP INDEX "Target_code_validFrom_key";
ALTER TABLE "Target" ADD COLUMN "explanation" TEXT NOT NULL DEFAULT '', ADD COLUMN "kind" TEXT, ADD COLUMN "programmeId" INTEGER;
UPDATE "Target" SET kind = code, "programmeId" = (SELECT id FROM "Programme" WHERE code = 'CTR26-GCT');
ALTER TABLE "Target" ALTER COLUMN "kind" SET NOT NULL, ALTER COLUMN "programmeId" SET NOT NULL;
CREATE UNIQUE INDEX "Target_programmeId_code_validFrom_key" ON "Target"("programmeId", "code", "validFrom");
ALTER TABLE "Target" ADD CONSTRAINT "Target_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Reports: the programme they are judged against (every existing one: the district's).
ALTER TABLE "PeriodicReport" ADD COLUMN "programmeId" INTEGER;
UPDATE "PeriodicReport" SET "programmeId" = (SELECT id FROM "Programme" WHERE code = 'CTR26-GCT');
ALTER TABLE "PeriodicReport" ADD CONSTRAINT "PeriodicReport_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "TargetAllocation" (
    "id" SERIAL NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "targetCode" TEXT NOT NULL,
    "areaUnitId" INTEGER NOT NULL,
    "horizonYear" INTEGER NOT NULL,
    "value" DECIMAL(14,4) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TargetAllocation_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "TargetAllocation_areaUnitId_idx" ON "TargetAllocation"("areaUnitId");
CREATE UNIQUE INDEX "TargetAllocation_programmeId_targetCode_areaUnitId_horizonY_key" ON "TargetAllocation"("programmeId", "targetCode", "areaUnitId", "horizonYear");
ALTER TABLE "TargetAllocation" ADD CONSTRAINT "TargetAllocation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TargetAllocation" ADD CONSTRAINT "TargetAllocation_areaUnitId_fkey" FOREIGN KEY ("areaUnitId") REFERENCES "AreaUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Programmes and allocations change figures: the figures cache follows them.
CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Programme"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();
CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TargetAllocation"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

-- Target facts: member cooperatives of unions (LHHTX_MEMBER_HTX). The facts built so far
-- lack them: dropping the snapshots makes the warmer rebuild them (figures are computed
-- live meanwhile). A union membership written marks its union for the refresh.
ALTER TABLE "TargetOrgFact" ADD COLUMN "unionMembers" INTEGER NOT NULL DEFAULT 0;
DELETE FROM "TargetSnapshot";
CREATE FUNCTION "ktt_dirty_by_union"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF ktt_facts_on() THEN INSERT INTO "TargetDirty" ("organisationId") SELECT DISTINCT "unionId" FROM changed\073 END IF\073 RETURN NULL\073 END';
CREATE FUNCTION "ktt_dirty_by_union_update"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF ktt_facts_on() THEN INSERT INTO "TargetDirty" ("organisationId") SELECT "unionId" FROM changed UNION SELECT "unionId" FROM previous\073 END IF\073 RETURN NULL\073 END';
CREATE TRIGGER "ktt_dirty_insert" AFTER INSERT ON "UnionMembership" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_union"();
CREATE TRIGGER "ktt_dirty_update" AFTER UPDATE ON "UnionMembership" REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_union_update"();
CREATE TRIGGER "ktt_dirty_delete" AFTER DELETE ON "UnionMembership" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_by_union"();
CREATE TRIGGER "ktt_snapshots_truncated" AFTER TRUNCATE ON "UnionMembership" FOR EACH STATEMENT EXECUTE FUNCTION "ktt_snapshots_truncated"();
