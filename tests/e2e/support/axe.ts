import { expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (the test's context must bypass CSP) and fails on serious or critical violations. */
export async function expectNoSeriousAxeViolations(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const running = page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  // axe schedules its work with setTimeout: under a paused fake clock, nudge the clock a
  // millisecond at a time until it finishes (well under a second, so no countdown changes).
  let finished = false;
  void running
    .finally(() => {
      finished = true;
    })
    .catch(() => {});
  while (!finished) {
    await page.clock.runFor(1).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const violations = await running;
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${state}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}
