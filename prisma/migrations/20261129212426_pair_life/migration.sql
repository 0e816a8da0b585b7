-- CreateEnum
CREATE TYPE "PairEnd" AS ENUM ('EARLY', 'REPLACED_BEFORE_START', 'COHORT_CLOSED');

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "closedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Pair" ADD COLUMN     "endedAs" "PairEnd",
ADD COLUMN     "nextMeetingAt" TIMESTAMP(3),
ADD COLUMN     "nextMeetingMinutes" INTEGER,
ADD COLUMN     "nextMeetingPlace" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "disputeNote" TEXT,
ADD COLUMN     "disputedAt" TIMESTAMP(3),
ADD COLUMN     "disputedById" UUID;

-- AlterTable
ALTER TABLE "PairGoal" ADD COLUMN     "closedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutcomeEvent" ADD COLUMN     "occupationCode" TEXT,
ADD COLUMN     "qualifiedJudged" BOOLEAN,
ADD COLUMN     "recordedById" UUID,
ADD COLUMN     "recordedByRole" "ParticipantRole",
ADD COLUMN     "throughProgramme" BOOLEAN,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "SessionAttendance" ADD COLUMN     "markedById" UUID;

-- CreateTable
CREATE TABLE "PairCoordinatorNote" (
    "pairId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PairCoordinatorNote_pkey" PRIMARY KEY ("pairId")
);

-- CreateTable
CREATE TABLE "PairGoalNote" (
    "id" UUID NOT NULL,
    "goalId" UUID NOT NULL,
    "authorId" UUID,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PairGoalNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PairGoalNote_goalId_createdAt_idx" ON "PairGoalNote"("goalId", "createdAt");

-- AddForeignKey
ALTER TABLE "PairCoordinatorNote" ADD CONSTRAINT "PairCoordinatorNote_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Pair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairCoordinatorNote" ADD CONSTRAINT "PairCoordinatorNote_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_disputedById_fkey" FOREIGN KEY ("disputedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairGoalNote" ADD CONSTRAINT "PairGoalNote_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "PairGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairGoalNote" ADD CONSTRAINT "PairGoalNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeEvent" ADD CONSTRAINT "OutcomeEvent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_markedById_fkey" FOREIGN KEY ("markedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: rows from before these columns existed.
ALTER TABLE "OutcomeEvent" ALTER COLUMN "updatedAt" DROP DEFAULT;

UPDATE "Cohort" SET "closedAt" = "endDate" WHERE "status" = 'CLOSED';

-- A pair that ended with a reason ended early; one ended without a reason and never published, or
-- without meetings before its cohort's start, was replaced before the start; the rest ran their course.
UPDATE "Pair" p SET "endedAs" = CASE
    WHEN p."endReason" IS NOT NULL THEN 'EARLY'::"PairEnd"
    WHEN c."status" = 'CLOSED' THEN 'COHORT_CLOSED'::"PairEnd"
    ELSE 'REPLACED_BEFORE_START'::"PairEnd"
  END
FROM "Cohort" c
WHERE c."id" = p."cohortId" AND p."status" = 'ENDED';
