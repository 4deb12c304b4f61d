-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "relaxations" TEXT[] DEFAULT ARRAY[]::TEXT[];
