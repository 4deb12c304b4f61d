import path from "node:path";

/**
 * The full USDA SR28 ABBREV file the data tests compare against: `USDA_CSV_PATH`, else the copy kept beside
 * the checkout (it is not committed). Tests that need it skip when it is absent.
 */
export const SR28_CSV_PATH =
  process.env.USDA_CSV_PATH ?? path.resolve(process.cwd(), "../shared/data/usda-sr28-abbrev.csv");
