import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe on the page as it is and fails with a readable list of what is wrong, and where. `exclude`
 * leaves out repeats of parts axe has already checked on the same page (CSS selectors).
 */
export async function expectNoViolations(page: Page, label: string, exclude: string[] = []) {
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of exclude) builder.exclude(selector);
  const { violations } = await builder.analyze();
  const report = violations
    .map((violation) =>
      [
        `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
        ...violation.nodes
          .slice(0, 8)
          .map(
            (node) =>
              `    ${node.target.join(" ")}\n      ${node.failureSummary?.replaceAll("\n", "\n      ") ?? ""}`,
          ),
        violation.nodes.length > 8 ? `    … and ${violation.nodes.length - 8} more` : "",
      ]
        .filter(Boolean)
        .join("\n"),
    )
    .join("\n\n");
  expect(
    violations.map((violation) => violation.id),
    `axe on ${label} (${page.url()}):\n${report}`,
  ).toEqual([]);
}
