-- AlterTable
ALTER TABLE "PeriodicReport" ADD COLUMN     "previousReportId" INTEGER;

-- AddForeignKey
ALTER TABLE "PeriodicReport" ADD CONSTRAINT "PeriodicReport_previousReportId_fkey" FOREIGN KEY ("previousReportId") REFERENCES "PeriodicReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;
