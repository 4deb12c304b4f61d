-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('optimal', 'feasible', 'infeasible', 'timeout');

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "weekStart" DATE NOT NULL,
    "profileVersion" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL,
    "objective" DOUBLE PRECISION NOT NULL,
    "bound" DOUBLE PRECISION NOT NULL,
    "gapPercent" DOUBLE PRECISION NOT NULL,
    "solveMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanEntry" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "day" INTEGER NOT NULL,
    "slot" "MealType" NOT NULL,
    "recipeId" INTEGER NOT NULL,
    "portion" DOUBLE PRECISION NOT NULL,
    "locked" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PlanEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanRevision" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "entries" JSONB NOT NULL,
    "solver" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_userId_weekStart_key" ON "Plan"("userId", "weekStart");

-- CreateIndex
CREATE UNIQUE INDEX "PlanEntry_planId_day_slot_key" ON "PlanEntry"("planId", "day", "slot");

-- CreateIndex
CREATE INDEX "PlanRevision_planId_id_idx" ON "PlanRevision"("planId", "id");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanEntry" ADD CONSTRAINT "PlanEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanEntry" ADD CONSTRAINT "PlanEntry_recipeId_fkey" FOREIGN KEY ("recipeId") REFERENCES "Recipe"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
