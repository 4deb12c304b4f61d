// The curated catalogue the project ships (prisma/seed/*.json), validated by the same schemas as imports.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ZSeedCatalogueSchema, type TSeedCatalogue } from "@/lib/schemas/food";

export const SEED_DIR = path.resolve(process.cwd(), "prisma/seed");

export function loadSeedCatalogue(dir = SEED_DIR): TSeedCatalogue {
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  return ZSeedCatalogueSchema.parse({
    foods: read("foods.json"),
    recipes: read("recipes.json"),
    sides: read("sides.json"),
  });
}
