import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';

/** Opens the console with the fake clock standing still: it moves only when the test says so. */
async function open(page: Page) {
  await page.clock.install({ time: new Date('2026-11-27T09:59:00+01:00') });
  await page.clock.pauseAt(new Date('2026-11-27T10:00:00+01:00'));
  await page.goto('/');
}

test('the console has no serious accessibility violations when idle, running, over time and with help open', async ({ page }) => {
  await open(page);
  const turn = page.getByRole('timer', { name: 'Turn time' });
  await expect(turn).toHaveText('5:00');
  await expectNoSeriousAxeViolations(page, 'idle');

  await page.keyboard.press('Space');
  await page.clock.runFor(4 * 60_000 + 10_000);
  await expect(turn).toHaveText('0:50');
  await expectNoSeriousAxeViolations(page, 'running, wrap up');

  await page.clock.runFor(50_000 + 12_000);
  await expect(turn).toHaveText('+0:12');
  await expect(page.getByRole('region', { name: 'Current speaker' })).toContainText('Over time');
  await expectNoSeriousAxeViolations(page, 'over time');

  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Current speaker' })).toContainText('Paused');
  await expectNoSeriousAxeViolations(page, 'paused');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'help open');
  await page.keyboard.press('Escape');

  await page.keyboard.press('g');
  await expect(page.getByRole('dialog', { name: 'Give the floor' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'give the floor dialog');
});

test('everything works by keyboard with a visible focus ring', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('timer', { name: 'Turn time' })).toBeVisible();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  expect(outline).toMatch(/solid 3px/);
  // Start from the keyboard with Enter on the focused Start button.
  await page.getByRole('button', { name: /^Start/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
});
