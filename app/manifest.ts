import type { MetadataRoute } from "next";

/** Installable on a phone; the shopping list opens first (it works offline, see public/sw.js). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "NutriWeek",
    short_name: "NutriWeek",
    description:
      "Weekly meal plans that favour magnesium, calcium, vitamin D and B12, and their shopping list.",
    start_url: "/shopping",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#166534",
  };
}
