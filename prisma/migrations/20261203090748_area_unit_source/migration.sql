-- AlterTable
ALTER TABLE "AreaUnit" ADD COLUMN     "codeOfficial" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "sourceRef" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;


-- Hand-written: approving a population figure or a dossier changes what the approved-only
-- figures count (PendingChange rows deleted), the caches keyed by the data version must
-- see it like any other write (migration "data_change_log").
CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PendingChange"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();
