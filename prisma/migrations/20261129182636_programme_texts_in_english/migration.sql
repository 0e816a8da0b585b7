-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "nameEn" TEXT;

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "nameEn" TEXT;
