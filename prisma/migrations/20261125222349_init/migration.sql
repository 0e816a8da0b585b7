-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('sv', 'en');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('SET_PASSWORD', 'SIGN_IN');

-- CreateEnum
CREATE TYPE "CohortStatus" AS ENUM ('PLANNING', 'RECRUITING', 'MATCHING', 'ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('MENTOR', 'MENTEE');

-- CreateEnum
CREATE TYPE "ParticipationStatus" AS ENUM ('INVITED', 'ACTIVE', 'WITHDRAWN', 'COMPLETED');

-- CreateEnum
CREATE TYPE "MeetingPreference" AS ENUM ('IN_PERSON', 'REMOTE', 'BOTH');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE', 'NON_BINARY');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'WAITLISTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "PairStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "PairSource" AS ENUM ('SUGGESTED', 'MANUAL', 'IMPORTED');

-- CreateEnum
CREATE TYPE "WishKind" AS ENUM ('WISH', 'AVOID');

-- CreateEnum
CREATE TYPE "MeetingMode" AS ENUM ('IN_PERSON', 'VIDEO', 'PHONE');

-- CreateEnum
CREATE TYPE "GoalStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED');

-- CreateEnum
CREATE TYPE "OutcomeType" AS ENUM ('USEFUL_REFERENCE', 'JOB_INTERVIEW', 'JOB_OFFER', 'JOB_STARTED', 'INTRODUCTION');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT', 'EXCUSED');

-- CreateEnum
CREATE TYPE "SurveyKind" AS ENUM ('GOAL_EVALUATION', 'EFFECT_SURVEY');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('YES_NO', 'YES_NO_MAYBE', 'YES_NO_DONT_KNOW', 'SCALE_1_5', 'SCALE_0_10', 'CHOICE', 'TEXT');

-- CreateEnum
CREATE TYPE "SurveyRoundStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ResponseMode" AS ENUM ('WEB', 'PHONE', 'IMPORT');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'sv',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastSignInAt" TIMESTAMP(3),
    "erasedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OneTimeToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationAdmin" (
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationAdmin_pkey" PRIMARY KEY ("organizationId","userId")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "defaultCohortMonths" INTEGER NOT NULL DEFAULT 7,
    "jointSessionCount" INTEGER NOT NULL DEFAULT 3,
    "meetingIntervalDays" INTEGER NOT NULL DEFAULT 30,
    "retentionMonths" INTEGER NOT NULL DEFAULT 120,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfessionalField" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "nameSv" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ProfessionalField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoordinatorAppointment" (
    "programmeId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoordinatorAppointment_pkey" PRIMARY KEY ("programmeId","userId")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" "CohortStatus" NOT NULL DEFAULT 'PLANNING',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "applicationOpensAt" TIMESTAMP(3),
    "applicationClosesAt" TIMESTAMP(3),
    "defaultMentorCapacity" INTEGER NOT NULL DEFAULT 1,
    "publicKey" TEXT NOT NULL,
    "matchingSettings" JSONB NOT NULL DEFAULT '{}',
    "minMatchScore" INTEGER NOT NULL DEFAULT 0,
    "menteeWishesEnabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "userId" UUID,
    "role" "ParticipantRole" NOT NULL,
    "status" "ParticipationStatus" NOT NULL DEFAULT 'ACTIVE',
    "professionalFieldId" UUID NOT NULL,
    "phone" TEXT,
    "city" TEXT,
    "region" TEXT,
    "educationDegree" TEXT,
    "educationCountry" TEXT,
    "educationYear" INTEGER,
    "yearsExperience" INTEGER,
    "languages" JSONB NOT NULL DEFAULT '[]',
    "industries" TEXT[],
    "goals" TEXT,
    "goalTags" TEXT[],
    "expertiseTags" TEXT[],
    "meetingPreference" "MeetingPreference" NOT NULL DEFAULT 'BOTH',
    "gender" "Gender",
    "genderPreference" "Gender",
    "mentorCapacity" INTEGER NOT NULL DEFAULT 1,
    "employer" TEXT,
    "consentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "email" TEXT,
    "name" TEXT NOT NULL,
    "professionalFieldId" UUID NOT NULL,
    "city" TEXT,
    "languageCodes" TEXT[],
    "profile" JSONB NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'sv',
    "consentAt" TIMESTAMP(3) NOT NULL,
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "userId" UUID,
    "participationId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pair" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "mentorParticipationId" UUID NOT NULL,
    "menteeParticipationId" UUID NOT NULL,
    "status" "PairStatus" NOT NULL DEFAULT 'PROPOSED',
    "source" "PairSource" NOT NULL DEFAULT 'SUGGESTED',
    "score" INTEGER,
    "explanation" JSONB,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchExclusion" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "mentorParticipationId" UUID NOT NULL,
    "menteeParticipationId" UUID NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchExclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MenteeWish" (
    "menteeParticipationId" UUID NOT NULL,
    "mentorParticipationId" UUID NOT NULL,
    "kind" "WishKind" NOT NULL,
    "rank" INTEGER,

    CONSTRAINT "MenteeWish_pkey" PRIMARY KEY ("menteeParticipationId","mentorParticipationId")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "pairId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "mode" "MeetingMode" NOT NULL,
    "topics" TEXT[],
    "sharedNotes" TEXT,
    "loggedById" UUID,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingPrivateNote" (
    "meetingId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingPrivateNote_pkey" PRIMARY KEY ("meetingId","authorId")
);

-- CreateTable
CREATE TABLE "PairGoal" (
    "id" UUID NOT NULL,
    "pairId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" "GoalStatus" NOT NULL DEFAULT 'OPEN',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PairGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeEvent" (
    "id" UUID NOT NULL,
    "pairId" UUID NOT NULL,
    "type" "OutcomeType" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "qualified" BOOLEAN,
    "jobTitle" TEXT,
    "employer" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointSession" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JointSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "sessionId" UUID NOT NULL,
    "participationId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "markedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionAttendance_pkey" PRIMARY KEY ("sessionId","participationId")
);

-- CreateTable
CREATE TABLE "SurveyTemplate" (
    "id" UUID NOT NULL,
    "programmeId" UUID,
    "builtInKey" TEXT,
    "kind" "SurveyKind" NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "name" TEXT NOT NULL,
    "basedOnId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "type" "QuestionType" NOT NULL,
    "options" TEXT[],
    "optionLabels" JSONB,
    "textSv" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "showWhen" JSONB,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyRound" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "status" "SurveyRoundStatus" NOT NULL DEFAULT 'DRAFT',
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "participationId" UUID,
    "respondentRole" "ParticipantRole" NOT NULL,
    "professionalFieldId" UUID NOT NULL,
    "mode" "ResponseMode" NOT NULL DEFAULT 'WEB',
    "enteredById" UUID,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "responseId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "questionKey" TEXT NOT NULL,
    "code" TEXT,
    "number" INTEGER,
    "text" TEXT,

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("responseId","questionId")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" UUID NOT NULL,
    "toEmail" TEXT NOT NULL,
    "userId" UUID,
    "programmeId" UUID,
    "locale" "Locale" NOT NULL,
    "template" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL,
    "bodyHtml" TEXT,
    "dedupeKey" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "subjectUserId" UUID,
    "programmeId" UUID,
    "details" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeToken_tokenHash_key" ON "OneTimeToken"("tokenHash");

-- CreateIndex
CREATE INDEX "OneTimeToken_userId_idx" ON "OneTimeToken"("userId");

-- CreateIndex
CREATE INDEX "OrganizationAdmin_userId_idx" ON "OrganizationAdmin"("userId");

-- CreateIndex
CREATE INDEX "Programme_organizationId_idx" ON "Programme"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ProfessionalField_programmeId_key_key" ON "ProfessionalField"("programmeId", "key");

-- CreateIndex
CREATE INDEX "CoordinatorAppointment_userId_idx" ON "CoordinatorAppointment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_publicKey_key" ON "Cohort"("publicKey");

-- CreateIndex
CREATE INDEX "Cohort_programmeId_startDate_idx" ON "Cohort"("programmeId", "startDate");

-- CreateIndex
CREATE INDEX "Participation_userId_idx" ON "Participation"("userId");

-- CreateIndex
CREATE INDEX "Participation_cohortId_role_professionalFieldId_idx" ON "Participation"("cohortId", "role", "professionalFieldId");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_cohortId_userId_key" ON "Participation"("cohortId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_participationId_key" ON "Application"("participationId");

-- CreateIndex
CREATE INDEX "Application_cohortId_status_role_idx" ON "Application"("cohortId", "status", "role");

-- CreateIndex
CREATE INDEX "Application_cohortId_createdAt_idx" ON "Application"("cohortId", "createdAt");

-- CreateIndex
CREATE INDEX "Application_languageCodes_idx" ON "Application" USING GIN ("languageCodes");

-- CreateIndex
CREATE UNIQUE INDEX "Application_cohortId_email_key" ON "Application"("cohortId", "email");

-- CreateIndex
CREATE INDEX "Pair_cohortId_status_idx" ON "Pair"("cohortId", "status");

-- CreateIndex
CREATE INDEX "Pair_mentorParticipationId_idx" ON "Pair"("mentorParticipationId");

-- CreateIndex
CREATE INDEX "Pair_menteeParticipationId_idx" ON "Pair"("menteeParticipationId");

-- CreateIndex
CREATE INDEX "MatchExclusion_cohortId_idx" ON "MatchExclusion"("cohortId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchExclusion_mentorParticipationId_menteeParticipationId_key" ON "MatchExclusion"("mentorParticipationId", "menteeParticipationId");

-- CreateIndex
CREATE INDEX "Meeting_pairId_heldOn_idx" ON "Meeting"("pairId", "heldOn");

-- CreateIndex
CREATE INDEX "PairGoal_pairId_idx" ON "PairGoal"("pairId");

-- CreateIndex
CREATE INDEX "OutcomeEvent_pairId_occurredOn_idx" ON "OutcomeEvent"("pairId", "occurredOn");

-- CreateIndex
CREATE INDEX "JointSession_cohortId_startsAt_idx" ON "JointSession"("cohortId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "JointSession_cohortId_ordinal_key" ON "JointSession"("cohortId", "ordinal");

-- CreateIndex
CREATE INDEX "SessionAttendance_participationId_idx" ON "SessionAttendance"("participationId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyTemplate_builtInKey_key" ON "SurveyTemplate"("builtInKey");

-- CreateIndex
CREATE INDEX "SurveyTemplate_programmeId_idx" ON "SurveyTemplate"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_templateId_key_key" ON "SurveyQuestion"("templateId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyRound_cohortId_templateId_key" ON "SurveyRound"("cohortId", "templateId");

-- CreateIndex
CREATE INDEX "SurveyResponse_roundId_professionalFieldId_idx" ON "SurveyResponse"("roundId", "professionalFieldId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_roundId_participationId_key" ON "SurveyResponse"("roundId", "participationId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_questionKey_code_idx" ON "SurveyAnswer"("questionKey", "code");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_dedupeKey_key" ON "OutboxEmail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_userId_idx" ON "OutboxEmail"("userId");

-- CreateIndex
CREATE INDEX "OutboxEmail_programmeId_createdAt_idx" ON "OutboxEmail"("programmeId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_subjectUserId_at_idx" ON "AuditEntry"("subjectUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_programmeId_at_idx" ON "AuditEntry"("programmeId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- AddForeignKey
ALTER TABLE "OneTimeToken" ADD CONSTRAINT "OneTimeToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationAdmin" ADD CONSTRAINT "OrganizationAdmin_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationAdmin" ADD CONSTRAINT "OrganizationAdmin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfessionalField" ADD CONSTRAINT "ProfessionalField_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorAppointment" ADD CONSTRAINT "CoordinatorAppointment_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorAppointment" ADD CONSTRAINT "CoordinatorAppointment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_professionalFieldId_fkey" FOREIGN KEY ("professionalFieldId") REFERENCES "ProfessionalField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_professionalFieldId_fkey" FOREIGN KEY ("professionalFieldId") REFERENCES "ProfessionalField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_mentorParticipationId_fkey" FOREIGN KEY ("mentorParticipationId") REFERENCES "Participation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_menteeParticipationId_fkey" FOREIGN KEY ("menteeParticipationId") REFERENCES "Participation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchExclusion" ADD CONSTRAINT "MatchExclusion_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchExclusion" ADD CONSTRAINT "MatchExclusion_mentorParticipationId_fkey" FOREIGN KEY ("mentorParticipationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchExclusion" ADD CONSTRAINT "MatchExclusion_menteeParticipationId_fkey" FOREIGN KEY ("menteeParticipationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenteeWish" ADD CONSTRAINT "MenteeWish_menteeParticipationId_fkey" FOREIGN KEY ("menteeParticipationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenteeWish" ADD CONSTRAINT "MenteeWish_mentorParticipationId_fkey" FOREIGN KEY ("mentorParticipationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Pair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPrivateNote" ADD CONSTRAINT "MeetingPrivateNote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPrivateNote" ADD CONSTRAINT "MeetingPrivateNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairGoal" ADD CONSTRAINT "PairGoal_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Pair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeEvent" ADD CONSTRAINT "OutcomeEvent_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Pair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointSession" ADD CONSTRAINT "JointSession_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "JointSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyTemplate" ADD CONSTRAINT "SurveyTemplate_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyTemplate" ADD CONSTRAINT "SurveyTemplate_basedOnId_fkey" FOREIGN KEY ("basedOnId") REFERENCES "SurveyTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "SurveyTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRound" ADD CONSTRAINT "SurveyRound_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRound" ADD CONSTRAINT "SurveyRound_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "SurveyTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SurveyRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_professionalFieldId_fkey" FOREIGN KEY ("professionalFieldId") REFERENCES "ProfessionalField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_subjectUserId_fkey" FOREIGN KEY ("subjectUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express.

-- A mentee is in at most one open pair (proposed on the matching board, or published) at a time.
-- Two coordinators matching the same cohort at once cannot both win.
CREATE UNIQUE INDEX "Pair_one_open_pair_per_mentee" ON "Pair" ("menteeParticipationId") WHERE "status" IN ('PROPOSED', 'ACTIVE');

-- Scores are percentages.
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_score_range" CHECK ("score" IS NULL OR "score" BETWEEN 0 AND 100);
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_min_match_score_range" CHECK ("minMatchScore" BETWEEN 0 AND 100);

-- Capacities and durations are positive; a cohort ends after it starts.
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_mentor_capacity_positive" CHECK ("mentorCapacity" >= 1);
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_default_capacity_positive" CHECK ("defaultMentorCapacity" >= 1);
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_dates_ordered" CHECK ("endDate" > "startDate");
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_duration_positive" CHECK ("durationMinutes" > 0);
ALTER TABLE "JointSession" ADD CONSTRAINT "JointSession_times_ordered" CHECK ("endsAt" >= "startsAt");

-- A pair's two people are different participations; a pair's people must be in its cohort
-- (checked by the composite keys below).
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_distinct_people" CHECK ("mentorParticipationId" <> "menteeParticipationId");
CREATE UNIQUE INDEX "Participation_id_cohortId_key" ON "Participation" ("id", "cohortId");
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_mentor_in_cohort" FOREIGN KEY ("mentorParticipationId", "cohortId") REFERENCES "Participation" ("id", "cohortId");
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_mentee_in_cohort" FOREIGN KEY ("menteeParticipationId", "cohortId") REFERENCES "Participation" ("id", "cohortId");
