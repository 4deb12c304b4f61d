// The shopping list as CSV (RFC 4180), safe to open in a spreadsheet. Pure: no framework or database
// imports. Quoting and formula escaping are csv-stringify's (the csv project, sibling of csv-parse).
import { stringify } from "csv-stringify/sync";
import { AISLE_LABELS, type ShoppingItem } from "@/lib/shopping/shopping-list";

/** A free-text line the user added to the list. */
export interface ExtraItem {
  text: string;
  checked: boolean;
}

/** A list item as the API serves it: `checked` is optional (absent = not checked). */
export type CsvItem = Pick<
  ShoppingItem,
  "name" | "aisle" | "quantity" | "unit" | "display" | "grams" | "neededGrams" | "pantryGrams" | "inPantry"
> & { checked?: boolean };

export interface ShoppingListCsvOptions {
  /**
   * Start with a UTF-8 byte order mark (default true) so Excel reads "½" and "µ" as UTF-8;
   * csv-parse drops it with `bom: true`.
   */
  bom?: boolean;
}

export const SHOPPING_CSV_HEADER = [
  "Aisle",
  "Item",
  "Quantity",
  "Unit",
  "Display",
  "To buy (g)",
  "Needed (g)",
  "From pantry (g)",
  "In pantry",
  "Checked",
] as const;

/** Aisle cell of the user's free-text lines. */
export const EXTRA_ITEMS_AISLE = "Added";

const yesNo = (value: boolean | undefined): string => (value ? "yes" : "no");

/**
 * One row per item (in the list's order: aisle, then name) with the quantity to buy, its unit, both as
 * read ("5 bananas") and the exact grams, then one per extra item; a header row;
 * CRLF line ends; fields with a comma, quote or line break quoted, quotes doubled. Any text cell starting
 * with `=`, `+`, `-`, `@`, tab or CR (or their full-width forms) gets a leading `'` so a spreadsheet
 * shows it as text instead of running it as a formula (OWASP "CSV injection"). Grams are whole numbers.
 */
export function shoppingListCsv(
  list: { items: readonly CsvItem[] },
  extraItems: readonly ExtraItem[] = [],
  options: ShoppingListCsvOptions = {},
): string {
  const rows: (string | number)[][] = [
    ...list.items.map((item) => [
      AISLE_LABELS[item.aisle] ?? item.aisle,
      item.name,
      item.quantity,
      item.unit,
      item.display,
      Math.round(item.grams),
      Math.round(item.neededGrams),
      Math.round(item.pantryGrams),
      yesNo(item.inPantry),
      yesNo(item.checked),
    ]),
    ...extraItems.map((extra) => [
      EXTRA_ITEMS_AISLE,
      extra.text,
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      yesNo(extra.checked),
    ]),
  ];
  return stringify(rows, {
    header: true,
    columns: [...SHOPPING_CSV_HEADER],
    record_delimiter: "windows",
    // Setting record_delimiter turns this off by default: a lone "\n" or "\r" would then go unquoted.
    quote_record_delimiter: true,
    escape_formulas: true,
    bom: options.bom ?? true,
  });
}
