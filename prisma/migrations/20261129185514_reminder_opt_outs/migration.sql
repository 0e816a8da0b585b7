-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('LOG_MEETING', 'CONFIRM_MEETING', 'JOINT_SESSION');

-- CreateTable
CREATE TABLE "ReminderOptOut" (
    "userId" UUID NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderOptOut_pkey" PRIMARY KEY ("userId","kind")
);

-- AddForeignKey
ALTER TABLE "ReminderOptOut" ADD CONSTRAINT "ReminderOptOut_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
