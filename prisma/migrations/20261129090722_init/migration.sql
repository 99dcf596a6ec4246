-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AreaLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "OrgType" AS ENUM ('THT', 'HTX', 'LHHTX');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('AGRICULTURE', 'NON_AGRICULTURE', 'CREDIT');

-- CreateEnum
CREATE TYPE "OrgStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'DISSOLVING', 'BANKRUPTCY', 'NOT_AT_ADDRESS', 'REVOKED_TAX', 'TERMINATING', 'TERMINATED');

-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('INDIVIDUAL', 'HOUSEHOLD', 'LEGAL_ENTITY', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "MemberType" AS ENUM ('OFFICIAL', 'ASSOCIATE_CAPITAL', 'ASSOCIATE_NO_CAPITAL');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE', 'OTHER');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "RatingLevel" AS ENUM ('GOOD', 'FAIR', 'AVERAGE', 'WEAK');

-- CreateEnum
CREATE TYPE "NotRatedReason" AS ENUM ('UNDER_12_MONTHS', 'STOPPED_OVER_3_MONTHS', 'PENDING', 'OTHER');

-- CreateEnum
CREATE TYPE "RatingScheme" AS ENUM ('GENERAL', 'AGRICULTURE');

-- CreateEnum
CREATE TYPE "LinkRole" AS ENUM ('LEAD', 'MEMBER');

-- CreateEnum
CREATE TYPE "HighTechType" AS ENUM ('GREENHOUSE', 'WATER_SAVING_IRRIGATION', 'VIETGAP', 'GLOBALGAP', 'TRACEABILITY', 'MECHANISATION', 'BIOTECH', 'IOT', 'OTHER');

-- CreateEnum
CREATE TYPE "DigitalPracticeType" AS ENUM ('ACCOUNTING_SOFTWARE', 'E_COMMERCE', 'DIGITAL_PAYMENT', 'QR_TRACEABILITY', 'WEBSITE_SOCIAL', 'MANAGEMENT_SOFTWARE', 'OTHER');

-- CreateEnum
CREATE TYPE "PolicyArea" AS ENUM ('HUMAN_RESOURCES', 'LAND', 'FINANCE_TAX', 'CREDIT', 'SCIENCE_TECH', 'MARKET', 'INFRASTRUCTURE', 'SOCIAL_INSURANCE');

-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('GT', 'GTE', 'LT', 'LTE');

-- CreateEnum
CREATE TYPE "TargetUnit" AS ENUM ('COUNT', 'PERCENT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'DISTRICT', 'COMMUNE', 'COMMITTEE');

-- CreateTable
CREATE TABLE "AreaUnit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" "AreaLevel" NOT NULL,
    "parentId" INTEGER,
    "successorId" INTEGER,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AreaUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scope" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Scope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScopeUnit" (
    "scopeId" INTEGER NOT NULL,
    "areaUnitId" INTEGER NOT NULL,

    CONSTRAINT "ScopeUnit_pkey" PRIMARY KEY ("scopeId","areaUnitId")
);

-- CreateTable
CREATE TABLE "Population" (
    "id" SERIAL NOT NULL,
    "areaUnitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "population" INTEGER NOT NULL,
    "households" INTEGER,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Population_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "type" "OrgType" NOT NULL,
    "name" TEXT NOT NULL,
    "communeId" INTEGER NOT NULL,
    "address" TEXT,
    "sector" "Sector" NOT NULL,
    "mainProducts" TEXT[],
    "foundedOn" DATE,
    "hasMemberRegister" BOOLEAN NOT NULL DEFAULT false,
    "currentStatus" "OrgStatus" NOT NULL DEFAULT 'ACTIVE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgStatusChange" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "status" "OrgStatus" NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "decisionRef" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "kind" "MemberKind" NOT NULL DEFAULT 'INDIVIDUAL',
    "fullName" TEXT NOT NULL,
    "birthYear" INTEGER,
    "gender" "Gender",
    "ethnicity" TEXT,
    "idNumberHash" TEXT,
    "idNumberTail" TEXT,
    "communeId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "memberType" "MemberType" NOT NULL DEFAULT 'OFFICIAL',
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,
    "capitalContributed" BIGINT NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnionMembership" (
    "id" SERIAL NOT NULL,
    "unionId" INTEGER NOT NULL,
    "memberOrgId" INTEGER NOT NULL,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,

    CONSTRAINT "UnionMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "memberCount" INTEGER,
    "officialMemberCount" INTEGER,
    "employeeCount" INTEGER,
    "charterCapital" BIGINT,
    "totalAssets" BIGINT,
    "revenue" BIGINT,
    "profit" BIGINT,
    "avgMemberIncome" BIGINT,
    "effective" BOOLEAN,
    "approvalStatus" "ApprovalStatus" NOT NULL DEFAULT 'DRAFT',
    "reviewComment" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" INTEGER,
    "approvedAt" TIMESTAMP(3),
    "approvedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "scheme" "RatingScheme" NOT NULL DEFAULT 'GENERAL',
    "eligible" BOOLEAN NOT NULL DEFAULT true,
    "score" DECIMAL(5,2),
    "level" "RatingLevel",
    "notRatedReason" "NotRatedReason",
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingThreshold" (
    "id" SERIAL NOT NULL,
    "scheme" "RatingScheme" NOT NULL,
    "level" "RatingLevel" NOT NULL,
    "minScore" DECIMAL(5,2) NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "legalRef" TEXT,

    CONSTRAINT "RatingThreshold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ValueChainLink" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "partnerName" TEXT NOT NULL,
    "role" "LinkRole" NOT NULL,
    "product" TEXT NOT NULL,
    "areaHa" DECIMAL(10,2),
    "contractRef" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ValueChainLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HighTechApplication" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "technologyType" "HighTechType" NOT NULL,
    "description" TEXT,
    "evidence" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HighTechApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigitalPractice" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "practice" "DigitalPracticeType" NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigitalPractice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportReceived" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "policyArea" "PolicyArea" NOT NULL,
    "year" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportReceived_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "horizonYear" INTEGER NOT NULL,
    "comparator" "Comparator" NOT NULL,
    "value" DECIMAL(12,4) NOT NULL,
    "unit" "TargetUnit" NOT NULL,
    "definition" JSONB NOT NULL,
    "sourceText" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserScope" (
    "userId" INTEGER NOT NULL,
    "areaUnitId" INTEGER NOT NULL,

    CONSTRAINT "UserScope_pkey" PRIMARY KEY ("userId","areaUnitId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemSetting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SystemSetting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "AreaUnit_code_key" ON "AreaUnit"("code");

-- CreateIndex
CREATE INDEX "AreaUnit_parentId_idx" ON "AreaUnit"("parentId");

-- CreateIndex
CREATE INDEX "AreaUnit_level_validFrom_idx" ON "AreaUnit"("level", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Scope_code_key" ON "Scope"("code");

-- CreateIndex
CREATE INDEX "ScopeUnit_areaUnitId_idx" ON "ScopeUnit"("areaUnitId");

-- CreateIndex
CREATE INDEX "Population_year_idx" ON "Population"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Population_areaUnitId_year_key" ON "Population"("areaUnitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_code_key" ON "Organisation"("code");

-- CreateIndex
CREATE INDEX "Organisation_communeId_type_idx" ON "Organisation"("communeId", "type");

-- CreateIndex
CREATE INDEX "Organisation_type_currentStatus_idx" ON "Organisation"("type", "currentStatus");

-- CreateIndex
CREATE INDEX "Organisation_sector_idx" ON "Organisation"("sector");

-- CreateIndex
CREATE UNIQUE INDEX "OrgStatusChange_organisationId_effectiveFrom_key" ON "OrgStatusChange"("organisationId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Person_idNumberHash_key" ON "Person"("idNumberHash");

-- CreateIndex
CREATE INDEX "Person_fullName_birthYear_communeId_idx" ON "Person"("fullName", "birthYear", "communeId");

-- CreateIndex
CREATE INDEX "Membership_organisationId_joinedOn_leftOn_idx" ON "Membership"("organisationId", "joinedOn", "leftOn");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organisationId_personId_joinedOn_key" ON "Membership"("organisationId", "personId", "joinedOn");

-- CreateIndex
CREATE INDEX "UnionMembership_memberOrgId_idx" ON "UnionMembership"("memberOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "UnionMembership_unionId_memberOrgId_joinedOn_key" ON "UnionMembership"("unionId", "memberOrgId", "joinedOn");

-- CreateIndex
CREATE INDEX "AnnualReport_year_approvalStatus_idx" ON "AnnualReport"("year", "approvalStatus");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_organisationId_year_key" ON "AnnualReport"("organisationId", "year");

-- CreateIndex
CREATE INDEX "Rating_year_level_idx" ON "Rating"("year", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_organisationId_year_key" ON "Rating"("organisationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "RatingThreshold_scheme_level_validFrom_key" ON "RatingThreshold"("scheme", "level", "validFrom");

-- CreateIndex
CREATE INDEX "ValueChainLink_organisationId_validFrom_validTo_idx" ON "ValueChainLink"("organisationId", "validFrom", "validTo");

-- CreateIndex
CREATE INDEX "HighTechApplication_organisationId_validFrom_validTo_idx" ON "HighTechApplication"("organisationId", "validFrom", "validTo");

-- CreateIndex
CREATE INDEX "DigitalPractice_year_idx" ON "DigitalPractice"("year");

-- CreateIndex
CREATE UNIQUE INDEX "DigitalPractice_organisationId_year_practice_key" ON "DigitalPractice"("organisationId", "year", "practice");

-- CreateIndex
CREATE INDEX "SupportReceived_year_policyArea_idx" ON "SupportReceived"("year", "policyArea");

-- CreateIndex
CREATE INDEX "SupportReceived_organisationId_idx" ON "SupportReceived"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Target_code_validFrom_key" ON "Target"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_userId_idx" ON "AuditLog"("userId");

-- AddForeignKey
ALTER TABLE "AreaUnit" ADD CONSTRAINT "AreaUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "AreaUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaUnit" ADD CONSTRAINT "AreaUnit_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "AreaUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeUnit" ADD CONSTRAINT "ScopeUnit_scopeId_fkey" FOREIGN KEY ("scopeId") REFERENCES "Scope"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeUnit" ADD CONSTRAINT "ScopeUnit_areaUnitId_fkey" FOREIGN KEY ("areaUnitId") REFERENCES "AreaUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Population" ADD CONSTRAINT "Population_areaUnitId_fkey" FOREIGN KEY ("areaUnitId") REFERENCES "AreaUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AreaUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgStatusChange" ADD CONSTRAINT "OrgStatusChange_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AreaUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnionMembership" ADD CONSTRAINT "UnionMembership_unionId_fkey" FOREIGN KEY ("unionId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnionMembership" ADD CONSTRAINT "UnionMembership_memberOrgId_fkey" FOREIGN KEY ("memberOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueChainLink" ADD CONSTRAINT "ValueChainLink_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HighTechApplication" ADD CONSTRAINT "HighTechApplication_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigitalPractice" ADD CONSTRAINT "DigitalPractice_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportReceived" ADD CONSTRAINT "SupportReceived_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserScope" ADD CONSTRAINT "UserScope_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserScope" ADD CONSTRAINT "UserScope_areaUnitId_fkey" FOREIGN KEY ("areaUnitId") REFERENCES "AreaUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
