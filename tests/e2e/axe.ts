import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the page as it is and fails with a readable list of what is wrong, and where. */
export async function expectNoViolations(page: Page, label: string) {
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
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
