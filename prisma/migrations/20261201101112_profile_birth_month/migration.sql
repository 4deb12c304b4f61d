-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "birthMonth" INTEGER;
