-- CreateEnum
CREATE TYPE "UnitSystem" AS ENUM ('metric', 'us');

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "units" "UnitSystem" NOT NULL DEFAULT 'metric';
