-- Applications sent again from an address that already applied, kept aside until the address confirms them.
-- CreateTable
CREATE TABLE "ApplicationChange" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "name" TEXT NOT NULL,
    "professionalFieldId" UUID NOT NULL,
    "city" TEXT,
    "languageCodes" TEXT[],
    "profile" JSONB NOT NULL,
    "locale" "Locale" NOT NULL,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationChange_tokenHash_key" ON "ApplicationChange"("tokenHash");

-- CreateIndex
CREATE INDEX "ApplicationChange_applicationId_idx" ON "ApplicationChange"("applicationId");

-- AddForeignKey
ALTER TABLE "ApplicationChange" ADD CONSTRAINT "ApplicationChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationChange" ADD CONSTRAINT "ApplicationChange_professionalFieldId_fkey" FOREIGN KEY ("professionalFieldId") REFERENCES "ProfessionalField"("id") ON DELETE CASCADE ON UPDATE CASCADE;
