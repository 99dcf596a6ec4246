-- CreateTable
CREATE TABLE "ReadModelState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "factsOn" BOOLEAN NOT NULL DEFAULT false,
    "switchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadModelState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BackgroundTask" (
    "name" TEXT NOT NULL,
    "ranAt" TIMESTAMP(3) NOT NULL,
    "runs" INTEGER NOT NULL DEFAULT 1,
    "ranBy" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "BackgroundTask_pkey" PRIMARY KEY ("name")
);

-- The switch starts where the data already is: on where facts were built, off elsewhere.
INSERT INTO "ReadModelState" (id, "factsOn", "switchedAt") SELECT 1, EXISTS (SELECT 1 FROM "TargetSnapshot"), now();

-- Hand-written: the logging functions of "target_snapshots" and "approval_gate" log
-- only while the facts are kept, so with the facts off nothing accumulates in
-- TargetDirty. One lookup of a one-row table per statement (statement triggers).
CREATE OR REPLACE FUNCTION "ktt_facts_on"() RETURNS boolean LANGUAGE sql STABLE AS 'SELECT coalesce((SELECT "factsOn" FROM "ReadModelState" WHERE id = 1), false)';
CREATE OR REPLACE FUNCTION "ktt_dirty_by_org"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF ktt_facts_on() THEN INSERT INTO "TargetDirty" ("organisationId") SELECT DISTINCT "organisationId" FROM changed\073 END IF\073 RETURN NULL\073 END';
CREATE OR REPLACE FUNCTION "ktt_dirty_by_org_update"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF ktt_facts_on() THEN INSERT INTO "TargetDirty" ("organisationId") SELECT "organisationId" FROM changed UNION SELECT "organisationId" FROM previous\073 END IF\073 RETURN NULL\073 END';
CREATE OR REPLACE FUNCTION "ktt_dirty_organisation"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF ktt_facts_on() THEN INSERT INTO "TargetDirty" ("organisationId") SELECT "id" FROM changed\073 END IF\073 RETURN NULL\073 END';
CREATE OR REPLACE FUNCTION "ktt_dirty_membership"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF ktt_facts_on() THEN INSERT INTO "TargetDirty" ("organisationId", "personId") SELECT DISTINCT "organisationId", "personId" FROM changed\073 END IF\073 RETURN NULL\073 END';
CREATE OR REPLACE FUNCTION "ktt_dirty_membership_update"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF ktt_facts_on() THEN INSERT INTO "TargetDirty" ("organisationId", "personId") SELECT "organisationId", "personId" FROM changed UNION SELECT "organisationId", "personId" FROM previous\073 END IF\073 RETURN NULL\073 END';
CREATE OR REPLACE FUNCTION "ktt_dirty_pending"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF ktt_facts_on() THEN INSERT INTO "TargetDirty" ("organisationId", "personId") SELECT DISTINCT c."organisationId", CASE WHEN c.entity = ''Membership'' THEN coalesce((c.before->>''personId'')::int, m."personId") END FROM changed c LEFT JOIN "Membership" m ON c.entity = ''Membership'' AND m.id = c."rowId" WHERE c."organisationId" IS NOT NULL\073 END IF\073 RETURN NULL\073 END';
