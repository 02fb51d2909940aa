import { expect, test, type Locator, type Page } from '@playwright/test';
import { ConsolePage, SEED_START } from './console-page';

/** The links of a view's "Other views" navigation, each as [name, href, target]. */
async function links(page: Page): Promise<string[][]> {
  return page
    .getByRole('navigation', { name: 'Other views' })
    .getByRole('link')
    .evaluateAll((anchors) =>
      anchors.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '', `${a.getAttribute('target')} ${a.getAttribute('rel')}`]),
    );
}

const NEW_TAB = '_blank noopener';

/** The console's footer keeps to one row: the fold of the links sits level with the agenda bar. */
async function expectOneFooterRow(menu: Locator, page: Page): Promise<void> {
  const a = (await menu.boundingBox())!;
  const b = (await page.getByText('Load agenda', { exact: true }).boundingBox())!;
  expect(Math.abs(a.y + a.height / 2 - (b.y + b.height / 2))).toBeLessThan(8);
}

test('the console links to every other view in a new tab; following one leaves the run where it was', async ({ page, context }) => {
  const show = new ConsolePage(page);
  await show.open();
  await show.press('Space');
  await show.advance('00:30');
  await show.expectTimers('4:30', '4:30', '59:30');

  const menu = page.getByText('Plan and other views', { exact: true });
  await expect(page.getByRole('link', { name: 'Plan' })).toBeHidden();
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await expectOneFooterRow(menu, page);
    await page.screenshot({ path: `test-results/screenshots/view-links-console-${size.width}.png` });
  }

  await menu.click();
  await expect
    .poll(() => links(page))
    .toEqual([
      ['Plan', '#/plan', NEW_TAB],
      ['Rehearsal', '#/rehearse', NEW_TAB],
      ['Sheet', '#/sheet', NEW_TAB],
      ['Record', '#/log', NEW_TAB],
      ['Speaker view', '#/stage', NEW_TAB],
    ]);
  await page.screenshot({ path: 'test-results/screenshots/view-links-console-open-1920.png' });
  // Esc folds the menu and leaves the run alone.
  await show.press('Escape');
  await expect(page.getByRole('link', { name: 'Plan' })).toBeHidden();

  await menu.click();
  const opening = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Plan' }).click();
  const plan = await opening;
  await expect(plan.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
  expect(new URL(plan.url()).hash).toBe('#/plan');
  // The console is still the console, the run still running, and the menu folded again.
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByRole('link', { name: 'Plan' })).toBeHidden();
  await show.advance('00:10');
  await show.expectTimers('4:20', '4:20', '59:20');
  await show.expectState('Speaking');
});

test('the rehearsal console links to the rehearsal’s own record and speaker view, and to the live console', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(SEED_START, '/#/rehearse');
  await page.getByText('Plan and other views', { exact: true }).click();
  await expect
    .poll(() => links(page))
    .toEqual([
      ['Live console', '#/', NEW_TAB],
      ['Plan', '#/plan', NEW_TAB],
      ['Sheet', '#/sheet', NEW_TAB],
      ['Rehearsal record', '#/log-rehearsal', NEW_TAB],
      ['Rehearsal speaker view', '#/stage-rehearsal', NEW_TAB],
    ]);
});

test('the record and the sheet link to the other views', async ({ page, context }) => {
  await page.clock.install({ time: new Date(SEED_START.getTime() - 60_000) });
  await page.clock.pauseAt(SEED_START);
  await page.goto('/#/log');
  await expect(page.getByRole('heading', { level: 1, name: 'Record of the panel' })).toBeVisible();
  await expect
    .poll(() => links(page))
    .toEqual([
      ['Console', '#/', NEW_TAB],
      ['Plan', '#/plan', NEW_TAB],
      ['Rehearsal', '#/rehearse', NEW_TAB],
      ['Sheet', '#/sheet', NEW_TAB],
      ['Speaker view', '#/stage', NEW_TAB],
    ]);
  await page.screenshot({ path: 'test-results/screenshots/view-links-record.png' });
  const opening = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Sheet' }).click();
  const sheet = await opening;
  await expect(sheet.getByText('Run-of-show sheet')).toBeVisible();
  await expect
    .poll(async () => (await links(sheet)).map(([name, href]) => [name, href]))
    .toEqual([
      ['Console', '#/'],
      ['Plan', '#/plan'],
      ['Rehearsal', '#/rehearse'],
      ['Record', '#/log'],
      ['Speaker view', '#/stage'],
    ]);
  // The links are for the screen: the printed sheet does not carry them.
  await sheet.emulateMedia({ media: 'print' });
  await expect(sheet.getByRole('navigation', { name: 'Other views' })).toBeHidden();
});

test('the speaker view shows its links while the mouse moves, like Full screen, and hides them when still', async ({ page }) => {
  await page.clock.install({ time: new Date(SEED_START.getTime() - 60_000) });
  await page.clock.pauseAt(SEED_START);
  await page.goto('/#/stage');
  const nav = page.getByRole('navigation', { name: 'Other views' });
  await expect(nav).toBeVisible();
  await expect.poll(async () => (await links(page)).map(([name]) => name)).toEqual(['Console', 'Plan', 'Rehearsal', 'Sheet', 'Record']);
  await page.clock.runFor(2_500);
  await expect(nav).toBeHidden();
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 220);
  await expect(nav).toBeVisible();
});
