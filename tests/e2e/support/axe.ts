import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs in the isolated world: axe over the page's document, reduced to what the assertion needs. */
const runAxe = `(async () => {
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
})()`;

/**
 * Runs axe-core over the page and fails on serious or critical violations.
 *
 * The page's own clock is Playwright's fake one, paused: the app's timers fire only when a test
 * moves it. axe schedules its own work on timers too, so it runs in an isolated world of the page
 * (as a browser extension's content script does): the same document, but a JavaScript realm of its
 * own, whose setTimeout and Date are the browser's real ones. axe finishes at whatever speed the
 * machine has, and the app's clock does not move by a millisecond while it does.
 */
export async function expectNoSeriousAxeViolations(page: Page, state: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const { executionContextId } = await session.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'axe',
      grantUniveralAccess: false,
    });
    const loaded = await session.send('Runtime.evaluate', { expression: axeSource, contextId: executionContextId });
    if (loaded.exceptionDetails) throw new Error(`axe-core did not load: ${loaded.exceptionDetails.text}`);
    const ran = await session.send('Runtime.evaluate', {
      expression: runAxe,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (ran.exceptionDetails)
      throw new Error(`axe-core failed: ${ran.exceptionDetails.exception?.description ?? ran.exceptionDetails.text}`);
    const violations = ran.result.value as AxeViolation[];
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, `${state}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
  } finally {
    await session.detach();
  }
}
