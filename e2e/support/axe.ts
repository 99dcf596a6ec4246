import path from "node:path";
import type { Page } from "@playwright/test";

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core (the project's own copy, no download) over the whole document: WCAG 2.0,
 * 2.1 and 2.2 A/AA rules and axe's best practices. Returns the violations of the given
 * impacts as readable lines ("rule (help): selector, …"), so a failing test names them.
 */
export async function axeViolations(page: Page, impacts: string[] = ["critical", "serious"]): Promise<string[]> {
  await page.addScriptTag({ path: path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown }> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"],
      },
    });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((v) => impacts.includes(v.impact ?? ""))
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
