-- AlterTable
ALTER TABLE "ApplicationChange" ALTER COLUMN "tokenHash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "applicationChangeId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_applicationChangeId_key" ON "OutboxEmail"("applicationChangeId");

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_applicationChangeId_fkey" FOREIGN KEY ("applicationChangeId") REFERENCES "ApplicationChange"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Links to confirm a change stored before this change: take them out of the stored emails. One
-- not sent yet is not sent; the applicant sends the form again for a new link.
UPDATE "OutboxEmail"
SET "bodyText" = regexp_replace("bodyText", '\S*/apply/confirm/[A-Za-z0-9_-]+', '{{one-time-link}}', 'g')
WHERE "bodyText" LIKE '%/apply/confirm/%';

UPDATE "OutboxEmail"
SET "status" = 'CANCELLED', "lastError" = 'The link in it was revoked before it was sent.'
WHERE "status" IN ('PENDING', 'SENDING') AND "applicationChangeId" IS NULL AND "oneTimeTokenId" IS NULL
  AND "bodyText" LIKE '%{{one-time-link}}%';
