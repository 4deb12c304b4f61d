import { describe, expect, it } from "vitest";
import { ABBREVIATIONS, readableFoodName } from "@/lib/nutrition/sr28-names";

describe("readableFoodName", () => {
  it.each([
    ["SPINACH,RAW", "Spinach, raw"],
    ["BUTTER,WITH SALT", "Butter, with salt"],
    ["MILK,WHL,3.25% MILKFAT,W/ ADDED VIT D", "Milk, whole, 3.25% milkfat, with added vitamin D"],
    ["CHEESE,COTTAGE,LOWFAT,1% MILKFAT,LACTOSE RED", "Cheese, cottage, lowfat, 1% milkfat, lactose reduced"],
    ["PEPPERS,SWT,RED,RAW", "Peppers, sweet, red, raw"],
    ["BABYFOOD,DINNER,CHICK&RICE", "Babyfood, dinner, chicken & rice"],
    ["CEREALS RTE,KELLOGG'S,ALL-BRAN ORIGINAL", "Cereals ready-to-eat, Kellogg's, all-bran original"],
    [
      "CANDIES,MARS SNACKFOOD US,M&M'S PNUT CHOC CANDIES",
      "Candies, mars snackfood US, M&M's peanut chocolate candies",
    ],
    ["SALMON,ATLANTIC,FARMED,CKD,DRY HEAT", "Salmon, atlantic, farmed, cooked, dry heat"],
    ["CRACKERS,SALTINES (INCL OYSTER,SODA,SOUP)", "Crackers, saltines (including oyster, soda, soup)"],
    [
      "BEANS,KIDNEY,RED,MATURE SEEDS,CND,DRND SOL",
      "Beans, kidney, red, mature seeds, canned, drained solids",
    ],
    ["MILK,NONFAT,FLUID,WO/ ADDED VIT A & VIT D", "Milk, nonfat, fluid, without added vitamin A & vitamin D"],
  ])("%s -> %s", (description, name) => {
    expect(readableFoodName(description)).toBe(name);
  });
});

// SR28 short descriptions the earlier table misread (a sandwich that stayed "sndwch", a steak sandwich read
// as "stick cheese", lo mein as "low mein"): each row is a real SR28 description.
describe("SR28 abbreviations, by the rows that use them", () => {
  it.each([
    ["MCDONALD'S,MCCHICKEN SNDWCH", "Mcdonald's, mcchicken sandwich"],
    ["MCDONALD'S, FLT-O-FSH", "Mcdonald's, filet-o-fish"],
    [
      "FAST FOODS,SUBMARINE SNDWCH,STK CHS WHT BRD W/ CHS,LTTC TMT",
      "Fast foods, submarine sandwich, steak cheese white bread with cheese, lettuce tomato",
    ],
    [
      "FAST FOODS,SUBMARINE SNDWCH,TRKY BRST WHT BRD LTTC & TMT",
      "Fast foods, submarine sandwich, turkey breast white bread lettuce & tomato",
    ],
    [
      "FAST FOODS,SUBMARINE SNDWCH,OVEN RSTD CHCK WHT BRD LTTC  TMT",
      "Fast foods, submarine sandwich, oven roasted chicken white bread lettuce tomato",
    ],
    ["RESTAURANT,CHINESE,VEG LO MEIN,WO/ MEAT", "Restaurant, chinese, vegetable lo mein, without meat"],
    ["SOUP,PEA,LO NA", "Soup, pea, low sodium"],
    [
      "CAMPBELL'S, CHNKY MICRO BOWL,NEW ENGL CLM CHOW,RTS",
      "Campbell's, chnky micro bowl, new england clam chowder, ready-to-serve",
    ],
    ["BEANS,BKD,CND,W/FRANKS", "Beans, baked, canned, with frankfurters"],
    [
      "MORNINGSTAR FARMS GRILLERS QRTR PND VEGGIE BRGR,FRZ,UNPRP",
      "Morningstar farms grillers qrtr pnd veggie burger, frozen, unprp",
    ],
    [
      "CEREALS,CRM OF WHT,2 1/2 MIN CK,CKD W/H2O,STOVE-TOP,WO/SALT",
      expect.stringContaining("cream of wheat"),
    ],
    ["BUTTER,LT,STK,W/SALT", "Butter, light, stick, with salt"],
    ["FISH,FISH STKS,FRZ,PREP", "Fish, fish sticks, frozen, prepared"],
    ["BF,CHK,SHLDR CLOD,TOP & CNTR,STK,LN & FAT,0", expect.stringMatching(/^Beef, chuck, .*steak/)],
    ["BEEF,CHCK,MCK TENDER STK,LN & FAT,0", expect.stringMatching(/^Beef, chuck, mock tender steak/)],
    [
      "CAMPBELL'S CHUNKY MICROWAVABLE BWLS,CHCK DMPLINGS SOUP",
      expect.stringContaining("chicken dmplings soup"),
    ],
    [
      "SUBWAY,STEAK & CHS SUB ON WHT BRD W/ AMERICAN CHS,LTTC & TMT",
      expect.stringContaining("cheese sub on white bread"),
    ],
    ["EGG SUB,LIQ OR FRZ,FAT FREE", "Egg substitute, liquid or frozen, fat free"],
    ["ROLLS,HAMBURGER OR HOTDOG,PLN", "Rolls, hamburger or hotdog, plain"],
    ["BEEF,CHK EYE RST,BNL,AMERICA'S BF RST,LN,0\" FAT,ALL GRD, RAW", expect.stringContaining("all grades")],
  ])("%s", (description, name) => {
    expect(readableFoodName(description)).toEqual(name);
  });

  it("spells every abbreviation as lower-case words", () => {
    for (const [abbreviation, words] of Object.entries(ABBREVIATIONS)) {
      expect(abbreviation).toMatch(/^[A-Z0-9-]+$/);
      expect(words).toMatch(/^[a-z0-9 -]+$/);
    }
  });
});
