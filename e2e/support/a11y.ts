import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The rules of WCAG 2.0 and 2.1, levels A and AA: what the portal promises (TT 26/2020, WCAG 2.1 AA). */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on the page as it is now and fails, listing every violation (rule, what it asks, the elements),
 * when there is any. The script is evaluated rather than added as a script tag: the portal's Content Security
 * Policy (`script-src 'self'`) rightly refuses an inline script, and evaluation by the driver is not subject to it.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const { passed, violations } = await page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is the script evaluated above, untyped in the page
    const axe = (window as any).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      passed: result.passes.length as number,
      // biome-ignore lint/suspicious/noExplicitAny: axe's result, read as plain data
      violations: result.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        // biome-ignore lint/suspicious/noExplicitAny: a node of axe's result
        nodes: v.nodes.map((n: any) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`.trim()),
      })) as AxeViolation[],
    };
  }, WCAG_AA);
  // the rules did run (a page axe could not read would pass with nothing checked)
  expect(passed, `axe-core checked nothing on ${what}`).toBeGreaterThan(0);
  if (violations.length > 0)
    console.error(
      `[e2e] axe: ${violations.length} violation(s) on ${what} (${page.url()}):\n${violations
        .map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    - ${n}`).join('\n')}`)
        .join('\n')}`,
    );
  expect(violations, `axe-core (WCAG 2.1 AA) on ${what}`).toEqual([]);
}
