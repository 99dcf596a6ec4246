-- AlterTable
ALTER TABLE "TargetOrgFact" DROP COLUMN "approved";

-- CreateTable
CREATE TABLE "PendingChange" (
    "id" BIGSERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "rowId" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "areaUnitId" INTEGER,
    "year" INTEGER,
    "before" JSONB,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingChange_organisationId_year_idx" ON "PendingChange"("organisationId", "year");

-- CreateIndex
CREATE INDEX "PendingChange_areaUnitId_year_idx" ON "PendingChange"("areaUnitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PendingChange_entity_rowId_key" ON "PendingChange"("entity", "rowId");


-- Hand-written (Prisma's schema language has no triggers or views): the approval gate.
-- Readable bodies of the functions are in docs/approval.md, semicolons inside them are
-- spelled \073 because the migration runner of @prisma/adapter-pg splits scripts at
-- every semicolon (see "data_change_log").

-- 1. Capture. While a transaction is marked as a commune official's
-- (set_config('ktt.pending_by', user id, true), done by defineAction and the importers),
-- every row it writes to a source table of the figures is logged once in PendingChange
-- with the row as last approved. Updates that touch only bookkeeping or workflow columns
-- are not changes of content. A row created and deleted before approval leaves nothing.
CREATE FUNCTION "ktt_capture_pending"() RETURNS trigger LANGUAGE plpgsql AS E'DECLARE r jsonb := coalesce(to_jsonb(NEW), to_jsonb(OLD))\073 rid int := (r->>''id'')::int\073 who int := nullif(current_setting(''ktt.pending_by'', true), '''')::int\073 org int\073 unit int\073 prior record\073 BEGIN IF TG_OP = ''UPDATE'' AND (to_jsonb(NEW) - ARRAY[''version'',''updatedAt'',''currentStatus'',''approvalStatus'',''reviewComment'',''submittedAt'',''submittedById'',''approvedAt'',''approvedById'']) = (to_jsonb(OLD) - ARRAY[''version'',''updatedAt'',''currentStatus'',''approvalStatus'',''reviewComment'',''submittedAt'',''submittedById'',''approvedAt'',''approvedById'']) THEN RETURN NULL\073 END IF\073 org := CASE TG_TABLE_NAME WHEN ''Organisation'' THEN rid WHEN ''UnionMembership'' THEN (r->>''unionId'')::int ELSE (r->>''organisationId'')::int END\073 unit := CASE TG_TABLE_NAME WHEN ''Population'' THEN (r->>''areaUnitId'')::int WHEN ''Organisation'' THEN (r->>''communeId'')::int ELSE (SELECT o."communeId" FROM "Organisation" o WHERE o.id = org) END\073 SELECT c.id, c.before INTO prior FROM "PendingChange" c WHERE c.entity = TG_TABLE_NAME AND c."rowId" = rid\073 IF FOUND THEN IF TG_OP = ''DELETE'' AND prior.before IS NULL THEN DELETE FROM "PendingChange" WHERE id = prior.id\073 ELSE UPDATE "PendingChange" SET "updatedAt" = now(), "createdById" = coalesce(who, "createdById"), "areaUnitId" = unit, year = (r->>''year'')::int WHERE id = prior.id\073 END IF\073 ELSE INSERT INTO "PendingChange" (entity, "rowId", "organisationId", "areaUnitId", year, before, "createdById", "createdAt", "updatedAt") VALUES (TG_TABLE_NAME, rid, org, unit, (r->>''year'')::int, CASE WHEN TG_OP = ''INSERT'' THEN NULL ELSE to_jsonb(OLD) END, who, now(), now())\073 END IF\073 RETURN NULL\073 END';

-- A row deleted by anyone else (district, scripts) takes its pending change with it, so
-- the approved state never resurrects a row that no longer exists.
CREATE FUNCTION "ktt_purge_pending"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN DELETE FROM "PendingChange" c WHERE c.entity = TG_TABLE_NAME AND c."rowId" = OLD.id\073 RETURN NULL\073 END';

-- 2. Submission lock. Inside a user's action (set_config('ktt.actor', …)), no row of an
-- organisation's submitted dossier may change: year-keyed rows of the submitted year, and
-- the register rows (identity, status, members, linkages, high tech) of an organisation
-- with any submitted dossier. The dossier's own workflow transitions pass. SQLSTATE KT001
-- becomes a Vietnamese message in defineAction.
CREATE FUNCTION "ktt_submission_lock"() RETURNS trigger LANGUAGE plpgsql AS E'DECLARE r jsonb := coalesce(to_jsonb(NEW), to_jsonb(OLD))\073 org int\073 yr int := (r->>''year'')::int\073 locked int\073 BEGIN IF TG_TABLE_NAME = ''AnnualReport'' AND TG_OP = ''UPDATE'' AND (to_jsonb(NEW) - ARRAY[''version'',''updatedAt'',''currentStatus'',''approvalStatus'',''reviewComment'',''submittedAt'',''submittedById'',''approvedAt'',''approvedById'']) = (to_jsonb(OLD) - ARRAY[''version'',''updatedAt'',''currentStatus'',''approvalStatus'',''reviewComment'',''submittedAt'',''submittedById'',''approvedAt'',''approvedById'']) THEN RETURN NEW\073 END IF\073 org := CASE TG_TABLE_NAME WHEN ''Organisation'' THEN (r->>''id'')::int WHEN ''UnionMembership'' THEN (r->>''unionId'')::int ELSE (r->>''organisationId'')::int END\073 SELECT a.year INTO locked FROM "AnnualReport" a WHERE a."organisationId" = org AND a."approvalStatus" = ''SUBMITTED'' AND (yr IS NULL OR a.year = yr) ORDER BY a.year LIMIT 1\073 IF FOUND THEN RAISE EXCEPTION ''submission of year % is locked'', locked USING ERRCODE = ''KT001'', DETAIL = locked::text\073 END IF\073 RETURN coalesce(NEW, OLD)\073 END';

-- 3. What the approved state depends on changed: the pre-aggregated facts (built from it)
-- must refresh those organisations (and, for memberships, persons).
CREATE FUNCTION "ktt_dirty_pending"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "TargetDirty" ("organisationId", "personId") SELECT DISTINCT c."organisationId", CASE WHEN c.entity = ''Membership'' THEN coalesce((c.before->>''personId'')::int, m."personId") END FROM changed c LEFT JOIN "Membership" m ON c.entity = ''Membership'' AND m.id = c."rowId" WHERE c."organisationId" IS NOT NULL\073 RETURN NULL\073 END';

CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "Organisation" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "Organisation" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();
CREATE TRIGGER "ktt_submission_lock" BEFORE INSERT OR UPDATE OR DELETE ON "Organisation" FOR EACH ROW WHEN (current_setting('ktt.actor', true) <> '') EXECUTE FUNCTION "ktt_submission_lock"();
CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "OrgStatusChange" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "OrgStatusChange" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();
CREATE TRIGGER "ktt_submission_lock" BEFORE INSERT OR UPDATE OR DELETE ON "OrgStatusChange" FOR EACH ROW WHEN (current_setting('ktt.actor', true) <> '') EXECUTE FUNCTION "ktt_submission_lock"();
CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "Membership" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "Membership" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();
CREATE TRIGGER "ktt_submission_lock" BEFORE INSERT OR UPDATE OR DELETE ON "Membership" FOR EACH ROW WHEN (current_setting('ktt.actor', true) <> '') EXECUTE FUNCTION "ktt_submission_lock"();
CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "UnionMembership" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "UnionMembership" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();
CREATE TRIGGER "ktt_submission_lock" BEFORE INSERT OR UPDATE OR DELETE ON "UnionMembership" FOR EACH ROW WHEN (current_setting('ktt.actor', true) <> '') EXECUTE FUNCTION "ktt_submission_lock"();
CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "AnnualReport" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "AnnualReport" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();
CREATE TRIGGER "ktt_submission_lock" BEFORE INSERT OR UPDATE OR DELETE ON "AnnualReport" FOR EACH ROW WHEN (current_setting('ktt.actor', true) <> '') EXECUTE FUNCTION "ktt_submission_lock"();
CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "Rating" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "Rating" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();
CREATE TRIGGER "ktt_submission_lock" BEFORE INSERT OR UPDATE OR DELETE ON "Rating" FOR EACH ROW WHEN (current_setting('ktt.actor', true) <> '') EXECUTE FUNCTION "ktt_submission_lock"();
CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "ValueChainLink" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "ValueChainLink" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();
CREATE TRIGGER "ktt_submission_lock" BEFORE INSERT OR UPDATE OR DELETE ON "ValueChainLink" FOR EACH ROW WHEN (current_setting('ktt.actor', true) <> '') EXECUTE FUNCTION "ktt_submission_lock"();
CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "HighTechApplication" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "HighTechApplication" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();
CREATE TRIGGER "ktt_submission_lock" BEFORE INSERT OR UPDATE OR DELETE ON "HighTechApplication" FOR EACH ROW WHEN (current_setting('ktt.actor', true) <> '') EXECUTE FUNCTION "ktt_submission_lock"();
CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "DigitalPractice" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "DigitalPractice" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();
CREATE TRIGGER "ktt_submission_lock" BEFORE INSERT OR UPDATE OR DELETE ON "DigitalPractice" FOR EACH ROW WHEN (current_setting('ktt.actor', true) <> '') EXECUTE FUNCTION "ktt_submission_lock"();
CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "SupportReceived" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "SupportReceived" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();
CREATE TRIGGER "ktt_submission_lock" BEFORE INSERT OR UPDATE OR DELETE ON "SupportReceived" FOR EACH ROW WHEN (current_setting('ktt.actor', true) <> '') EXECUTE FUNCTION "ktt_submission_lock"();
CREATE TRIGGER "ktt_pending" AFTER INSERT OR UPDATE OR DELETE ON "Population" FOR EACH ROW WHEN (current_setting('ktt.pending_by', true) <> '') EXECUTE FUNCTION "ktt_capture_pending"();
CREATE TRIGGER "ktt_pending_purge" AFTER DELETE ON "Population" FOR EACH ROW WHEN (coalesce(current_setting('ktt.pending_by', true), '') = '') EXECUTE FUNCTION "ktt_purge_pending"();

CREATE TRIGGER "ktt_dirty_insert" AFTER INSERT ON "PendingChange" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_pending"();
CREATE TRIGGER "ktt_dirty_delete" AFTER DELETE ON "PendingChange" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "ktt_dirty_pending"();

-- 4. The approved state: schema "approved" holds one view per source table with the same
-- columns: the rows without a pending change, and the last approved image of the rows
-- that have one. The default ("approved only") figures read these views, the working
-- state ("include unapproved") reads the tables. A column added to a source table later
-- needs its view recreated (t.* is expanded when the view is created).
CREATE SCHEMA IF NOT EXISTS "approved";
CREATE VIEW "approved"."Organisation" AS
  SELECT t.* FROM "public"."Organisation" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'Organisation' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."Organisation", c.before) b
  WHERE c.entity = 'Organisation' AND c.before IS NOT NULL;
CREATE VIEW "approved"."OrgStatusChange" AS
  SELECT t.* FROM "public"."OrgStatusChange" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'OrgStatusChange' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."OrgStatusChange", c.before) b
  WHERE c.entity = 'OrgStatusChange' AND c.before IS NOT NULL;
CREATE VIEW "approved"."Membership" AS
  SELECT t.* FROM "public"."Membership" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'Membership' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."Membership", c.before) b
  WHERE c.entity = 'Membership' AND c.before IS NOT NULL;
CREATE VIEW "approved"."UnionMembership" AS
  SELECT t.* FROM "public"."UnionMembership" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'UnionMembership' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."UnionMembership", c.before) b
  WHERE c.entity = 'UnionMembership' AND c.before IS NOT NULL;
CREATE VIEW "approved"."AnnualReport" AS
  SELECT t.* FROM "public"."AnnualReport" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'AnnualReport' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."AnnualReport", c.before) b
  WHERE c.entity = 'AnnualReport' AND c.before IS NOT NULL;
CREATE VIEW "approved"."Rating" AS
  SELECT t.* FROM "public"."Rating" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'Rating' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."Rating", c.before) b
  WHERE c.entity = 'Rating' AND c.before IS NOT NULL;
CREATE VIEW "approved"."ValueChainLink" AS
  SELECT t.* FROM "public"."ValueChainLink" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'ValueChainLink' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."ValueChainLink", c.before) b
  WHERE c.entity = 'ValueChainLink' AND c.before IS NOT NULL;
CREATE VIEW "approved"."HighTechApplication" AS
  SELECT t.* FROM "public"."HighTechApplication" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'HighTechApplication' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."HighTechApplication", c.before) b
  WHERE c.entity = 'HighTechApplication' AND c.before IS NOT NULL;
CREATE VIEW "approved"."DigitalPractice" AS
  SELECT t.* FROM "public"."DigitalPractice" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'DigitalPractice' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."DigitalPractice", c.before) b
  WHERE c.entity = 'DigitalPractice' AND c.before IS NOT NULL;
CREATE VIEW "approved"."SupportReceived" AS
  SELECT t.* FROM "public"."SupportReceived" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'SupportReceived' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."SupportReceived", c.before) b
  WHERE c.entity = 'SupportReceived' AND c.before IS NOT NULL;
CREATE VIEW "approved"."Population" AS
  SELECT t.* FROM "public"."Population" t
  WHERE NOT EXISTS (SELECT 1 FROM "public"."PendingChange" c WHERE c.entity = 'Population' AND c."rowId" = t.id)
  UNION ALL
  SELECT b.* FROM "public"."PendingChange" c CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."Population", c.before) b
  WHERE c.entity = 'Population' AND c.before IS NOT NULL;

-- 5. Existing data: under the previous rule, an organisation's year-keyed data counted
-- in approved-only figures only once its yearly dossier was approved. Carry that over:
-- the report, rating, digital practices and support of every dossier not approved are
-- pending (created pending: no approved image).
INSERT INTO "PendingChange" (entity, "rowId", "organisationId", "areaUnitId", year, "createdById", "updatedAt")
SELECT 'AnnualReport', x.id, x."organisationId", o."communeId", x.year, a."submittedById", CURRENT_TIMESTAMP
FROM "AnnualReport" x JOIN "AnnualReport" a ON a."organisationId" = x."organisationId" AND a.year = x.year AND a."approvalStatus" <> 'APPROVED'
JOIN "Organisation" o ON o.id = x."organisationId"
ON CONFLICT DO NOTHING;
INSERT INTO "PendingChange" (entity, "rowId", "organisationId", "areaUnitId", year, "createdById", "updatedAt")
SELECT 'Rating', x.id, x."organisationId", o."communeId", x.year, a."submittedById", CURRENT_TIMESTAMP
FROM "Rating" x JOIN "AnnualReport" a ON a."organisationId" = x."organisationId" AND a.year = x.year AND a."approvalStatus" <> 'APPROVED'
JOIN "Organisation" o ON o.id = x."organisationId"
ON CONFLICT DO NOTHING;
INSERT INTO "PendingChange" (entity, "rowId", "organisationId", "areaUnitId", year, "createdById", "updatedAt")
SELECT 'DigitalPractice', x.id, x."organisationId", o."communeId", x.year, a."submittedById", CURRENT_TIMESTAMP
FROM "DigitalPractice" x JOIN "AnnualReport" a ON a."organisationId" = x."organisationId" AND a.year = x.year AND a."approvalStatus" <> 'APPROVED'
JOIN "Organisation" o ON o.id = x."organisationId"
ON CONFLICT DO NOTHING;
INSERT INTO "PendingChange" (entity, "rowId", "organisationId", "areaUnitId", year, "createdById", "updatedAt")
SELECT 'SupportReceived', x.id, x."organisationId", o."communeId", x.year, a."submittedById", CURRENT_TIMESTAMP
FROM "SupportReceived" x JOIN "AnnualReport" a ON a."organisationId" = x."organisationId" AND a.year = x.year AND a."approvalStatus" <> 'APPROVED'
JOIN "Organisation" o ON o.id = x."organisationId"
ON CONFLICT DO NOTHING;
