-- CreateTable
CREATE TABLE "DishSwapAway" (
    "userId" TEXT NOT NULL,
    "recipeId" INTEGER NOT NULL,
    "streak" INTEGER NOT NULL DEFAULT 0,
    "askedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "lessOften" BOOLEAN,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DishSwapAway_pkey" PRIMARY KEY ("userId","recipeId")
);

-- AddForeignKey
ALTER TABLE "DishSwapAway" ADD CONSTRAINT "DishSwapAway_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DishSwapAway" ADD CONSTRAINT "DishSwapAway_recipeId_fkey" FOREIGN KEY ("recipeId") REFERENCES "Recipe"("id") ON DELETE CASCADE ON UPDATE CASCADE;
