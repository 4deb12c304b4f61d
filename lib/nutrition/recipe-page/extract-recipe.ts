// A web page's schema.org Recipe: JSON-LD first (a Recipe at the top, in an array or in @graph; steps as
// text, HowToStep or HowToSection), then microdata (itemscope itemtype=".../Recipe"). Pure: HTML text in,
// a draft out; HTML entities and tags inside values are decoded and stripped.
import { decodeHTML } from "entities";
import { parseDocument } from "htmlparser2";
import { findAll, getAttributeValue, textContent } from "domutils";
import type { Element } from "domhandler";

export interface PageRecipe {
  name: string;
  /** From recipeYield ("4 servings", ["4", "4 servings"], 6); null when the page gives none. */
  servings: number | null;
  ingredients: string[];
  steps: string[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Entities decoded (twice: pages double-encode "&amp;frac12;"), tags removed, spaces collapsed. */
export function cleanText(value: string): string {
  const decoded = decodeHTML(decodeHTML(value)).replace(/\u0000/g, "");
  return decoded
    .replace(/<[^>]*>/g, " ")
    .replace(/[\u00a0\s]+/g, " ")
    .trim();
}

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function typesOf(node: JsonObject): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === "string").map((t) => t.replace(/^.*[/:]/, ""));
}

/** Every object of a JSON-LD value, depth first (arrays, @graph, nested values such as mainEntity). */
function* objectsOf(value: Json, depth = 0): Generator<JsonObject> {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) yield* objectsOf(item, depth + 1);
  } else if (isObject(value)) {
    yield value;
    for (const child of Object.values(value)) {
      if (typeof child === "object" && child !== null) yield* objectsOf(child, depth + 1);
    }
  }
}

function texts(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === "string" || typeof value === "number")
    return [cleanText(String(value))].filter(Boolean);
  if (isObject(value)) return texts(value.text ?? value.name);
  return [];
}

/** Steps from recipeInstructions: a string (split on lines), HowToStep, HowToSection, ItemList. */
function stepsOf(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") {
    return value
      .split(/\r?\n|<br\s*\/?>|<\/p>|<\/li>/i)
      .map(cleanText)
      .filter(Boolean);
  }
  if (Array.isArray(value)) return value.flatMap(stepsOf);
  if (!isObject(value)) return [];
  const types = typesOf(value);
  if (types.includes("HowToSection") || types.includes("ItemList") || value.itemListElement) {
    return stepsOf(value.itemListElement ?? value.steps ?? null);
  }
  return texts(value.text ?? value.name ?? value.description);
}

/** "4 servings", "Serves 4-6", ["4", "4 servings"], 6 → 4 (the first number; at least 1). */
export function servingsOf(values: readonly string[]): number | null {
  for (const value of values) {
    const match = /(\d+)/.exec(value);
    if (match) {
      const count = Number(match[1]);
      if (count >= 1 && count <= 1000) return count;
    }
  }
  return null;
}

function fromJsonLdNode(node: JsonObject): PageRecipe | null {
  const ingredients = texts(node.recipeIngredient ?? node.ingredients);
  const name = texts(node.name)[0] ?? "";
  if (!name && !ingredients.length) return null;
  return {
    name,
    servings: servingsOf(texts(node.recipeYield ?? node.yield)),
    ingredients,
    steps: stepsOf(node.recipeInstructions),
  };
}

function parseJson(text: string): Json | null {
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Some pages put raw newlines or tabs inside strings; JSON forbids them.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, " ")) as Json;
    } catch {
      return null;
    }
  }
}

function fromJsonLd(scripts: readonly Element[]): PageRecipe | null {
  for (const script of scripts) {
    const json = parseJson(textContent(script));
    if (json === null) continue;
    for (const node of objectsOf(json)) {
      if (typesOf(node).includes("Recipe")) {
        const recipe = fromJsonLdNode(node);
        if (recipe) return recipe;
      }
    }
  }
  return null;
}

const isRecipeScope = (el: Element) =>
  el.attribs.itemscope !== undefined && /schema\.org\/Recipe\b/i.test(el.attribs.itemtype ?? "");

function propValue(el: Element): string {
  const value = getAttributeValue(el, "content") ?? (el.name === "meta" ? "" : textContent(el));
  return cleanText(value);
}

/** The itemprops of one item: descendants up to (and including) nested items, not inside them. */
function propsOf(scope: Element): { prop: string; el: Element }[] {
  const found: { prop: string; el: Element }[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.type !== "tag" && child.type !== "script") continue;
      const element = child as Element;
      const props = (element.attribs.itemprop ?? "").split(/\s+/).filter(Boolean);
      for (const prop of props) found.push({ prop, el: element });
      if (element.attribs.itemscope === undefined) walk(element);
    }
  };
  walk(scope);
  return found;
}

function microdataSteps(el: Element): string[] {
  if (el.attribs.itemscope === undefined)
    return stepsOf(textContent(el).includes("\n") ? textContent(el) : propValue(el));
  const props = propsOf(el);
  const nested = props.filter((p) => ["itemListElement", "step", "recipeInstructions"].includes(p.prop));
  if (nested.length) return nested.flatMap((p) => microdataSteps(p.el));
  const text = props.find((p) => p.prop === "text")?.el;
  return [propValue(text ?? el)].filter(Boolean);
}

function fromMicrodata(scopes: readonly Element[]): PageRecipe | null {
  const scope = scopes[0];
  if (!scope) return null;
  const props = propsOf(scope);
  const all = (name: string) => props.filter((p) => p.prop === name);
  const ingredients = [...all("recipeIngredient"), ...all("ingredients")]
    .map((p) => propValue(p.el))
    .filter(Boolean);
  return {
    name: all("name").map((p) => propValue(p.el))[0] ?? "",
    servings: servingsOf(all("recipeYield").map((p) => propValue(p.el))),
    ingredients,
    steps: all("recipeInstructions").flatMap((p) => microdataSteps(p.el)),
  };
}

/** The page's recipe, or null when it has none. */
export function extractRecipe(html: string): PageRecipe | null {
  const document = parseDocument(html);
  const scripts = findAll(
    (el) => el.name === "script" && /application\/ld\+json/i.test(el.attribs.type ?? ""),
    document.children,
  );
  const recipe = fromJsonLd(scripts) ?? fromMicrodata(findAll(isRecipeScope, document.children));
  if (!recipe || (!recipe.ingredients.length && !recipe.steps.length)) return null;
  return { ...recipe, name: recipe.name.slice(0, 200) || "Imported recipe" };
}
