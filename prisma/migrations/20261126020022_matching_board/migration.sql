-- CreateEnum
CREATE TYPE "ExclusionKind" AS ENUM ('EXCLUDED', 'REJECTED');

-- AlterTable
ALTER TABLE "Pair" ADD COLUMN     "acceptedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MatchExclusion" ADD COLUMN     "kind" "ExclusionKind" NOT NULL DEFAULT 'EXCLUDED';
