-- AlterTable
ALTER TABLE "Food" ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Recipe" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "RecipeIngredient" ADD COLUMN     "line" TEXT;

-- CreateIndex
CREATE INDEX "Food_ownerId_idx" ON "Food"("ownerId");

-- CreateIndex
CREATE INDEX "Recipe_ownerId_idx" ON "Recipe"("ownerId");

-- AddForeignKey
ALTER TABLE "Food" ADD CONSTRAINT "Food_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recipe" ADD CONSTRAINT "Recipe_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
