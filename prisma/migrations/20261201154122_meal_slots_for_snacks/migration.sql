-- Up to three snacks a day: a planned meal's slot is a meal slot (snack, snack2, snack3), no longer a
-- meal type. Written by hand (the generated diff dropped and re-added the columns, losing every saved
-- plan): the columns change type in place, and their unique indexes are rebuilt with them.

-- CreateEnum
CREATE TYPE "MealSlot" AS ENUM ('breakfast', 'lunch', 'dinner', 'snack', 'snack2', 'snack3');

-- AlterTable
ALTER TABLE "MealLog" ALTER COLUMN "slot" TYPE "MealSlot" USING ("slot"::text::"MealSlot");

-- AlterTable
ALTER TABLE "PlanEntry" ALTER COLUMN "slot" TYPE "MealSlot" USING ("slot"::text::"MealSlot");
