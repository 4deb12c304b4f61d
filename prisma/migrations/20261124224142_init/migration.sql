-- CreateEnum
CREATE TYPE "FoodSource" AS ENUM ('seed', 'usda_import', 'user');

-- CreateEnum
CREATE TYPE "Aisle" AS ENUM ('produce', 'dairy_eggs', 'meat_fish', 'bakery_grains', 'nuts_seeds', 'tins_jars', 'frozen', 'other');

-- CreateEnum
CREATE TYPE "Allergen" AS ENUM ('milk', 'egg', 'fish', 'shellfish', 'tree_nuts', 'peanuts', 'wheat_gluten', 'soy', 'sesame');

-- CreateEnum
CREATE TYPE "MealType" AS ENUM ('breakfast', 'lunch', 'dinner', 'snack');

-- CreateTable
CREATE TABLE "Food" (
    "id" SERIAL NOT NULL,
    "ndbNo" VARCHAR(5),
    "name" TEXT NOT NULL,
    "foodGroup" TEXT NOT NULL,
    "aisle" "Aisle" NOT NULL,
    "source" "FoodSource" NOT NULL,
    "fortified" BOOLEAN NOT NULL DEFAULT false,
    "containsMeat" BOOLEAN NOT NULL DEFAULT false,
    "containsFish" BOOLEAN NOT NULL DEFAULT false,
    "containsShellfish" BOOLEAN NOT NULL DEFAULT false,
    "containsDairy" BOOLEAN NOT NULL DEFAULT false,
    "containsEgg" BOOLEAN NOT NULL DEFAULT false,
    "containsHoney" BOOLEAN NOT NULL DEFAULT false,
    "allergens" "Allergen"[],
    "energyKcal" DOUBLE PRECISION,
    "proteinG" DOUBLE PRECISION,
    "fatG" DOUBLE PRECISION,
    "carbohydrateG" DOUBLE PRECISION,
    "fiberG" DOUBLE PRECISION,
    "magnesiumMg" DOUBLE PRECISION,
    "calciumMg" DOUBLE PRECISION,
    "vitaminDMcg" DOUBLE PRECISION,
    "vitaminB12Mcg" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Food_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FoodPortion" (
    "id" SERIAL NOT NULL,
    "foodId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "grams" DOUBLE PRECISION NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "FoodPortion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recipe" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "mealTypes" "MealType"[],
    "servings" INTEGER NOT NULL,
    "steps" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recipe_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecipeIngredient" (
    "id" SERIAL NOT NULL,
    "recipeId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "foodId" INTEGER NOT NULL,
    "grams" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "RecipeIngredient_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Food_ndbNo_key" ON "Food"("ndbNo");

-- CreateIndex
CREATE INDEX "Food_foodGroup_idx" ON "Food"("foodGroup");

-- CreateIndex
CREATE INDEX "Food_name_idx" ON "Food"("name");

-- CreateIndex
CREATE UNIQUE INDEX "FoodPortion_foodId_position_key" ON "FoodPortion"("foodId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Recipe_slug_key" ON "Recipe"("slug");

-- CreateIndex
CREATE INDEX "Recipe_name_idx" ON "Recipe"("name");

-- CreateIndex
CREATE INDEX "RecipeIngredient_foodId_idx" ON "RecipeIngredient"("foodId");

-- CreateIndex
CREATE UNIQUE INDEX "RecipeIngredient_recipeId_position_key" ON "RecipeIngredient"("recipeId", "position");

-- AddForeignKey
ALTER TABLE "FoodPortion" ADD CONSTRAINT "FoodPortion_foodId_fkey" FOREIGN KEY ("foodId") REFERENCES "Food"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecipeIngredient" ADD CONSTRAINT "RecipeIngredient_recipeId_fkey" FOREIGN KEY ("recipeId") REFERENCES "Recipe"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecipeIngredient" ADD CONSTRAINT "RecipeIngredient_foodId_fkey" FOREIGN KEY ("foodId") REFERENCES "Food"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
