-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "anonymisedAt" TIMESTAMP(3);
