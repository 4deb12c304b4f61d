-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "mealShares" JSONB,
ADD COLUMN     "plannedMeals" "MealType"[] DEFAULT ARRAY['breakfast', 'lunch', 'dinner']::"MealType"[],
ADD COLUMN     "snacksPerDay" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PlanEntrySide" (
    "id" SERIAL NOT NULL,
    "entryId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "sideId" INTEGER NOT NULL,
    "portion" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "PlanEntrySide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Side" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "foodId" INTEGER NOT NULL,
    "grams" DOUBLE PRECISION NOT NULL,
    "portion" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "mealTypes" "MealType"[],

    CONSTRAINT "Side_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanEntrySide_sideId_idx" ON "PlanEntrySide"("sideId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanEntrySide_entryId_position_key" ON "PlanEntrySide"("entryId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Side_slug_key" ON "Side"("slug");

-- AddForeignKey
ALTER TABLE "PlanEntrySide" ADD CONSTRAINT "PlanEntrySide_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "PlanEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanEntrySide" ADD CONSTRAINT "PlanEntrySide_sideId_fkey" FOREIGN KEY ("sideId") REFERENCES "Side"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Side" ADD CONSTRAINT "Side_foodId_fkey" FOREIGN KEY ("foodId") REFERENCES "Food"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
