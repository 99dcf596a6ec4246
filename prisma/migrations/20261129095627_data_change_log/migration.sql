-- CreateTable
CREATE TABLE "DataChange" (
    "xid" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataChange_pkey" PRIMARY KEY ("xid")
);

-- Hand-written (Prisma's schema language has no triggers): every statement that writes
-- to a table the dashboard reads records its transaction once. Insert-only, one row per
-- transaction, so concurrent writers never wait on each other, and a reader's count(*) grows
-- exactly when such a transaction commits.
-- The function body spells its semicolons \073: the migration runner of @prisma/adapter-pg
-- splits scripts at every semicolon character, even inside strings and comments.
CREATE FUNCTION "ktt_record_data_change"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "DataChange" ("xid") VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT DO NOTHING\073 RETURN NULL\073 END';

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AreaUnit"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Scope"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ScopeUnit"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Population"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organisation"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OrgStatusChange"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Membership"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AnnualReport"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Rating"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ValueChainLink"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HighTechApplication"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DigitalPractice"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Target"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();
