-- AlterTable
ALTER TABLE "MealLog" ADD COLUMN     "replacementName" TEXT;
