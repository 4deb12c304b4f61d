-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "dislikedFamilies" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "dislikedRecipeIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
