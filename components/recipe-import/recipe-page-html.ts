// The recipe parts of a pasted page, cut in the browser: the JSON API takes at most 64 KB, a whole page is
// often ten times that (ADR 023). DOMParser builds an inert document: no script runs, nothing loads.
export function recipePartsOf(html: string): string {
  const document = new DOMParser().parseFromString(html, "text/html");
  const parts = [
    ...document.querySelectorAll('script[type="application/ld+json"]'),
    ...document.querySelectorAll('[itemscope][itemtype*="schema.org/Recipe"]'),
  ].map((element) => element.outerHTML);
  return parts.length ? parts.join("\n") : html;
}
