// Dish ratings and what the planner makes of them. Pure.

export const DISH_RATINGS = ["love", "like", "neutral", "dislike", "never"] as const;
export type DishRatingValue = (typeof DISH_RATINGS)[number];

export const RATING_LABELS: Readonly<Record<DishRatingValue, string>> = Object.freeze({
  love: "Love",
  like: "Like",
  neutral: "Neutral",
  dislike: "Not for me",
  never: "Never",
});

/**
 * The planner's preference score of each rating (PlanRequest.preferences, in [-1, 1]). "never" has no
 * score: it is a hard exclusion (dislikedDishIds), not a small cost.
 */
const PREFERENCE_OF: Readonly<Record<Exclude<DishRatingValue, "never">, number>> = Object.freeze({
  love: 1,
  like: 0.5,
  neutral: 0,
  dislike: -0.7,
});

export interface RatingsForPlanner {
  preferences: Record<number, number>;
  neverDishIds: number[];
}

/** Ratings as the planner's preference term and hard exclusions. */
export function ratingsForPlanner(
  ratings: readonly { recipeId: number; rating: DishRatingValue }[],
): RatingsForPlanner {
  const preferences: Record<number, number> = {};
  const neverDishIds: number[] = [];
  for (const { recipeId, rating } of ratings) {
    if (rating === "never") neverDishIds.push(recipeId);
    else if (PREFERENCE_OF[rating] !== 0) preferences[recipeId] = PREFERENCE_OF[rating];
  }
  return { preferences, neverDishIds };
}

/** "Show it less often?", open for one dish. */
export interface LessOftenQuestion {
  recipeId: number;
  recipeName: string;
}

/** Swapping a dish away this many times in a row asks "show it less often?". */
export const SWAPS_IN_A_ROW_TO_ASK = 2;

/**
 * Whether to ask "show it less often?" after a swap away: the dish was swapped away twice in a row, the
 * question was never asked for it, and the person has not already said they do not want it.
 */
export function shouldAskLessOften(swap: {
  streak: number;
  alreadyAsked: boolean;
  rating: DishRatingValue | null;
}): boolean {
  if (swap.alreadyAsked || swap.rating === "dislike" || swap.rating === "never") return false;
  return swap.streak >= SWAPS_IN_A_ROW_TO_ASK;
}
