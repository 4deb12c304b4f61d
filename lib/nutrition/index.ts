// Public API of the pure nutrition domain.
export * from "./types";
export * from "./food-groups";
export * from "./units";
export * from "./reference-intakes";
export * from "./recipe-nutrition";
export * from "./diet";
export * from "./badges";
