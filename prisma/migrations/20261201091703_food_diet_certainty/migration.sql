-- CreateEnum
CREATE TYPE "DietFact" AS ENUM ('containsMeat', 'containsFish', 'containsShellfish', 'containsDairy', 'containsEgg', 'containsHoney');

-- AlterTable
ALTER TABLE "Food" ADD COLUMN     "dietUncertain" "DietFact"[] DEFAULT ARRAY[]::"DietFact"[],
ADD COLUMN     "mayContain" "Allergen"[] DEFAULT ARRAY[]::"Allergen"[],
ADD COLUMN     "uncertainReason" TEXT;
