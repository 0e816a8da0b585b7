-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'RESET_PASSWORD';

-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "OneTimeToken" ADD COLUMN     "revokedAt" TIMESTAMP(3),
ALTER COLUMN "tokenHash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "oneTimeTokenId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_oneTimeTokenId_key" ON "OutboxEmail"("oneTimeTokenId");

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_oneTimeTokenId_fkey" FOREIGN KEY ("oneTimeTokenId") REFERENCES "OneTimeToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Links stored before this change were readable by every coordinator of the email's programme.
-- Take them out of the stored emails and revoke every link not used yet: their owners ask for a
-- new one with "Forgot your password?" on the sign-in page.
UPDATE "OutboxEmail"
SET "bodyText" = regexp_replace("bodyText", '\S*/set-password/[A-Za-z0-9_-]+', '{{one-time-link}}', 'g')
WHERE "bodyText" LIKE '%/set-password/%';

UPDATE "OutboxEmail"
SET "status" = 'FAILED', "lastError" = 'The link in it was revoked before it was sent.'
WHERE "status" IN ('PENDING', 'SENDING') AND "oneTimeTokenId" IS NULL AND "bodyText" LIKE '%{{one-time-link}}%';

UPDATE "OneTimeToken" SET "revokedAt" = now() WHERE "purpose" = 'SET_PASSWORD' AND "usedAt" IS NULL AND "revokedAt" IS NULL;
