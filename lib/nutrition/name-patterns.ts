// Word patterns for matching readable food names (lower case). Pure: no framework or database imports.

/** Whole words from a "|"-separated list (a plural "s"/"es" allowed; a space also matches a hyphen). */
export function words(list: string, flags = ""): RegExp {
  const alternatives = list.replace(/ /g, "[\\s-]+");
  return new RegExp(`\\b(?:${alternatives})(?:e?s)?\\b`, flags);
}

/** Word starts from a "|"-separated list of regular-expression pieces ("cheese" matches "cheeseburger"). */
export function stems(list: string, flags = ""): RegExp {
  return new RegExp(`\\b(?:${list})`, flags);
}
