-- AlterTable
ALTER TABLE "PeriodicReport" ADD COLUMN     "documentNumber" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "parentBody" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "recipients" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "signerAuthority" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "signerName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "signerTitle" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ReportComment" ADD COLUMN     "sectionKey" TEXT;

-- Reports made before: the first line of the issuing body was the parent body
UPDATE "PeriodicReport"
SET "parentBody" = split_part("issuingBody", E'\n', 1),
    "issuingBody" = substring("issuingBody" FROM position(E'\n' IN "issuingBody") + 1)
WHERE position(E'\n' IN "issuingBody") > 0;
